"""Development set 4b: requests written blind (session 4)"""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

DEV4B: tuple[Case, ...] = (
    # ---- files & finding (16) ----
    # ref: find ~ -name resume.pdf
    case("where did i save resume.pdf?? its somewhere in my home folder",
         rf"^find\s+{_HOME}/?\s+(.*\s)?-i?(name|path)\s+['\"]?(\*/)?\*?resume\*?\.pdf['\"]?(\s|$)",
         r"^p?locate\s+(-\S+\s+)*['\"]?\*?resume\*?\.pdf"),
    # ref: find ~/Videos -name '*.mp4' -size +500M
    case("any .mp4 files over 500mb in ~/Videos",
         rf"^find\s+{_HOME}/Videos/?\s(?=.*-i?name\s+['\"]?\*\.mp4['\"]?(\s|$))(?=.*-size\s+\+(500M|512000k)(\s|$))(?!.*(-delete|-exec\s+rm|xargs\s+rm))"),
    # ref: find . -type f -mtime -3
    case("what files have i modified in the last 3 days in this project",
         r"^find(\s+(\.|\./|/home/user/project/?|\"?\$PWD\"?))?\s+(?=-)(?=.*(-mtime\s+-3|-mmin\s+-4320|-newermt\s+['\"]?(3 days ago|-3 ?days?)['\"]?)(\s|$))(?!.*(-delete|-exec\s+rm))",
         r"^git\s+(log|diff)\b.*(3\.days|3 days)"),
    # ref: find ~/Pictures/2023 -type f | wc -l
    case("how many files r in ~/Pictures/2023, subfolders included",
         rf"^find\s+{_HOME}/Pictures/2023/?\s+(?=.*-type\s+f(\s|$)).*\|\s*wc\s+(-l|--lines|-c)\s*$"),
    # ref: cp -r assets /mnt/backup/
    case("copy the whole assets folder over to /mnt/backup",
         rf"^{SUDO}cp\s+(?=(.*\s)?(-\w*[rRa]\w*|--recursive|--archive)(\s|$))(.*\s)?(\./)?assets/?\s+/mnt/backup/?\s*$",
         rf"^{SUDO}rsync\s+(?=(.*\s)?(-\w*[ar]\w*|--archive|--recursive)(\s|$))(.*\s)?(\./)?assets\s+/mnt/backup/?\s*$"),
    # ref: for f in *.jpeg; do mv "$f" "${f%.jpeg}.jpg"; done
    case("rename every .jpeg in this folder to .jpg",
         r"^for\s+\w+\s+in\s+\*\.jpeg\s*;\s*do\s+mv\b.*\.jpg.*;\s*done\s*$",
         r"^(perl-|file-)?rename\s+(-\w+\s+)*['\"]?s/.*jpeg.*/.*jpg/\w*['\"]?\s+\*(\.jpeg)?\s*$",
         r"^rename\.ul\s+(-\w+\s+)*\.jpeg\s+\.jpg\s+\*\.jpeg\s*$",
         r"^mmv\s+['\"]\*\.jpeg['\"]\s+['\"]#1\.jpg['\"]\s*$"),
    # ref: mkdir -p notes/week3
    case("need a folder notes/week3 but the notes folder doesnt exist yet either",
         r"^mkdir\s+(?=(.*\s)?(-\w*p\w*|--parents)(\s|$))(.*\s)?(\./)?notes/week3/?\s*$",
         r"^mkdir\s+(\./)?notes\s*&&\s*mkdir\s+(\./)?notes/week3/?\s*$"),
    # ref: find ~/Documents -type d -empty
    case("find teh empty folders under ~/Documents",
         rf"^find\s+{_HOME}/Documents/?\s+(?=.*-type\s+d(\s|$))(?=.*-empty(\s|$))(?!.*(-delete|-exec|xargs))"),
    # ref: find lib -name '*~' -delete
    case("get rid of the editor backup files ending in ~ anywhere under lib/",
         r"^find\s+(\./)?lib/?\s+(?=.*-i?name\s+(['\"]\*~['\"]|\\\*~|\*\\~)(\s|$))(?=.*(-delete(\s|$)|-exec\s+rm\b|\|\s*xargs\b.*\brm\b))",
         dangerous=True),
    # ref: find . -name config.yaml
    case("which folder is config.yaml in? cant find it in the project",
         r"^find(\s+(\.|\./|/home/user/project/?|\"?\$PWD\"?))?\s+(?=-)(.*\s)?-i?(name|path)\s+['\"]?(\*/?)?config\.yaml['\"]?(\s|$)",
         r"^(fd|fdfind)\s+(-\S+\s+)*['\"]?\^?config\\?\.yaml\$?['\"]?(\s|$)",
         r"^git\s+ls-files\b.*config\.yaml"),
    # ref: ln -s ~/projects/blog/public ~/www
    case("make ~/www a symlink pointing to ~/projects/blog/public",
         rf"^ln\s+(?=(.*\s)?(-\w*s\w*|--symbolic)(\s|$))(.*\s)?{_HOME}/projects/blog/public/?\s+{_HOME}/www/?\s*$"),
    # ref: ls -la ~
    case("show hidden files in my home dir too",
         rf"^ls\s+(?=(.*\s)?(-\w*[aA]\w*|--all|--almost-all)(\s|$))(.*\s)?{_HOME}/?\s*$"),
    # ref: mv ~/Desktop/*.pdf ~/Documents/papers/
    case("move all the pdfs on my desktop into ~/Documents/papers",
         rf"^mv\s+(-\S+\s+)*{_HOME}/Desktop/\*\.pdf\s+{_HOME}/Documents/papers/?\s*$",
         rf"^mv\s+(-\S+\s+)*(-t\s*|--target-directory[= ]){_HOME}/Documents/papers/?\s+{_HOME}/Desktop/\*\.pdf\s*$",
         rf"^find\s+{_HOME}/Desktop/?\s+(?=.*-i?name\s+['\"]?\*\.pdf['\"]?)(?=.*(-exec\s+mv\b|xargs\b.*\bmv\b)).*{_HOME}/Documents/papers"),
    # ref: diff old_config.ini new_config.ini
    case("whats the difference between old_config.ini and new_config.ini",
         r"^(diff|colordiff|sdiff|vimdiff|meld|git\s+diff)\b(?=.*\sold_config\.ini\b|.*/old_config\.ini\b)(?=.*\snew_config\.ini\b|.*/new_config\.ini\b)"),
    # ref: cp report.docx /media/user/KINGSTON/
    case("put report.docx on my usb stick, it's mounted at /media/user/KINGSTON",
         r"^(cp|rsync)\s+(-\S+\s+)*(\./)?report\.docx\s+/media/user/KINGSTON/?(\s*&&\s*sync)?\s*$",
         r"^cp\s+(-\S+\s+)*(-t\s*|--target-directory[= ])/media/user/KINGSTON/?\s+(\./)?report\.docx(\s*&&\s*sync)?\s*$"),
    # ref: ls -lt /etc
    case("list /etc by date modified, newest first",
         r"^ls\s+(?=(.*\s)?(-\w*t\w*|--sort[= ]time)(\s|$))(?!(.*\s)?(-\w*r\w*|--reverse)(\s|$))(.*\s)?/etc/?\s*$"),

    # ---- disk (7) ----
    # ref: df -h
    case("how much free space do i have left",
         r"^df(\s|$)"),
    # ref: du -sh ~/.cache/* | sort -rh
    case("whats eating all the space in ~/.cache? biggest first",
         rf"^{SUDO}du\s+(.*\s)?{_HOME}/\.cache(/\*|/)?(\s[^|]*)?\|\s*sort\s+(?=[^|]*(-\w*r\w*|--reverse)(\s|$))(?=[^|]*(-\w*[hn]\w*|--human-numeric-sort|--numeric-sort)(\s|$))[^|]*(\|\s*head\b.*)?$",
         rf"^ncdu\s+(-\S+\s+)*{_HOME}/\.cache/?\s*$"),
    # ref: du -sh node_modules
    case("size of node_modules?",
         r"^du\s+(?=(.*\s)?(-\w*s\w*|--summarize|--max-depth[= ]?0|-d\s*0)(\s|$))(.*\s)?(\./)?node_modules/?\s*$"),
    # ref: lsblk
    case("what drives and partitions does this pc have",
         rf"^{SUDO}(lsblk|fdisk\s+-l|parted\s+-l|blkid)(\s|$)"),
    # ref: sudo mount /dev/sdb1 /mnt/usb
    case("mount my usb stick /dev/sdb1 at /mnt/usb",
         rf"^({SUDO}mkdir\s+-p\s+/mnt/usb/?\s*&&\s*)?{SUDO}mount\s+(-o\s+\S+\s+|-\S+\s+)*/dev/sdb1\s+/mnt/usb/?\s*$"),
    # ref: umount /media/user/SANDISK
    case("safely unmount the usb at /media/user/SANDISK so i can unplug it",
         rf"^{SUDO}(umount|eject)\s+(-\S+\s+)*/media/user/SANDISK/?\s*$",
         r"^gio\s+mount\s+(-u|--unmount|-e|--eject)\s+/media/user/SANDISK/?\s*$"),
    # ref: df -i /
    case("am i running out of inodes on / ?",
         r"^df\s+(?=(.*\s)?(-\w*i\w*|--inodes)(\s|$))(-\S+\s*)+(/\s*)?$"),

    # ---- processes (8) ----
    # ref: top
    case("whats hoggin my cpu rn",
         r"^(top|htop|btop|atop)(\s|$)",
         r"^ps\b.*--sort[= ]?-(%cpu|pcpu|cpu)\b",
         r"^ps\b.*\|\s*sort\s+(?=[^|]*-\w*r)(?=[^|]*k\s*3)"),
    # ref: pkill firefox
    case("firefox is frozen again, kill it",
         rf"^{SUDO}(pkill|killall)\s+(-\S+\s+)*firefox(-bin|-esr)?\s*$",
         rf"^{SUDO}kill\s+(-\S+\s+)*\$\((pgrep|pidof)\s+(-\S+\s+)*firefox\)\s*$",
         rf"^(pgrep|pidof)\s+(-\S+\s+)*firefox\s*\|\s*xargs\s+{SUDO}kill\b",
         dangerous=True),
    # ref: nohup python3 train.py > train.log 2>&1 &
    case("run train.py in the background so it keeps going after i close the terminal, output to train.log",
         r"^(nohup|setsid)\s+(python3?\s+(-u\s+)?)?(\./)?train\.py\s*(>>?|&>>?)\s*train\.log\b.*&\s*$",
         r"^(python3?\s+(-u\s+)?)?(\./)?train\.py\s*(>>?|&>>?)\s*train\.log\b.*&\s*disown\b",
         r"^(tmux\s+new(-session)?\s+(.*\s)?-d|screen\s+(.*\s)?-dm)\b.*train\.py.*train\.log"),
    # ref: ps -u www-data
    case("show every process running as www-data",
         r"^ps\s+(.*\s)?(-\w*[uU]|--user)[= ]?\s*www-data\b",
         r"^pgrep\s+(.*\s)?-\w*u\s*www-data\b",
         r"^ps\b.*\|\s*grep\s+(.*\s)?['\"]?\^?www-data\b",
         r"^top\s+(.*\s)?-u\s*www-data\b"),
    # ref: renice -n 10 -p 4321
    case("lower the priority of pid 4321 to niceness 10",
         rf"^{SUDO}renice\s+(-n\s*)?\+?10\s+(-p\s+)?4321\s*$"),
    # ref: pstree -p
    case("show processes as a tree so i can see what started what",
         r"^pstree\b",
         r"^ps\b.*--forest\b",
         r"^ps\s+-\w*H",
         r"^ps\s+[a-eg-z]*f[a-z]*(\s|$)"),
    # ref: kill 9876
    case("stop process 9876 nicely, not with -9",
         rf"^{SUDO}kill\s+(-(15|TERM|SIGTERM|INT|SIGINT|2|s\s*(TERM|SIGTERM|15|INT|SIGINT))\s+)?9876\s*$",
         dangerous=True),
    # ref: pgrep spotify
    case("what's the pid of spotify",
         r"^(pgrep|pidof)\s+(-\S+\s+)*spotify\s*$",
         r"^ps\b.*\|\s*grep\s+(.*\s)?['\"]?\[?s\]?potify\b"),

    # ---- network & remote (10) ----
    # ref: hostname -I
    case("whats my local ip",
         r"^(ip\s+(-\S+\s+)*(a|addr|address)(\s|$)|hostname\s+(-I|--all-ip-addresses)(\s|$)|ifconfig(\s|$)|ip\s+(-\S+\s+)*route\s+get\b|nmcli(\s|$))"),
    # ref: nmcli dev wifi list
    case("wich wifi networks are around me",
         rf"^{SUDO}nmcli\s+(.*\s)?d(ev(ice)?)?\s+wifi(\s+(list|l)(\s.*)?)?\s*$",
         rf"^{SUDO}iwlist\s+\S+\s+scan",
         rf"^{SUDO}iw\s+dev\s+\S+\s+scan"),
    # ref: nmcli device wifi connect CoffeeShop5G password latte2024
    case("connect to the wifi CoffeeShop5G, password is latte2024",
         rf"^{SUDO}nmcli\s+(.*\s)?d(ev(ice)?)?\s+wifi\s+c(onnect)?\s+['\"]?CoffeeShop5G['\"]?\s+(.*\s)?password\s+['\"]?latte2024['\"]?(\s|$)"),
    # ref: ping -c 4 google.com
    case("ping google.com 4 times and stop",
         r"^ping\s+(?=(.*\s)?(-c\s*4|--count[= ]4)(\s|$))(.*\s)?(www\.)?google\.com(\s|$)"),
    # ref: wget -P ~/tools https://releases.example.io/tool-v2.3.tar.gz
    case("grab https://releases.example.io/tool-v2.3.tar.gz and save it in ~/tools",
         rf"^(mkdir\s+-p\s+{_HOME}/tools/?\s*&&\s*)?wget\s+(?=(.*\s)?(-P\s*|--directory-prefix[= ]){_HOME}/tools/?(\s|$))(?=.*https://releases\.example\.io/tool-v2\.3\.tar\.gz)",
         rf"^(mkdir\s+-p\s+{_HOME}/tools/?\s*&&\s*)?wget\s+(?=(.*\s)?(-O\s*|--output-document[= ]){_HOME}/tools/tool-v2\.3\.tar\.gz(\s|$))(?=.*https://releases\.example\.io/tool-v2\.3\.tar\.gz)",
         rf"^(mkdir\s+-p\s+{_HOME}/tools/?\s*&&\s*)?curl\s+(?=(.*\s)?(-\w*o\s*|--output[= ]){_HOME}/tools/tool-v2\.3\.tar\.gz(\s|$))(?=.*https://releases\.example\.io/tool-v2\.3\.tar\.gz)",
         rf"^(mkdir\s+-p\s+{_HOME}/tools/?\s*&&\s*)?curl\s+(?=(.*\s)?--output-dir[= ]{_HOME}/tools/?(\s|$))(?=(.*\s)?(-\w*O\w*|--remote-name)(\s|$))(?=.*https://releases\.example\.io/tool-v2\.3\.tar\.gz)",
         rf"^(mkdir\s+-p\s+{_HOME}/tools/?\s*&&\s*)?cd\s+{_HOME}/tools/?\s*&&\s*(wget\s+(.*\s)?|curl\s+(?=(.*\s)?(-\w*O\w*|--remote-name)(\s|$))(.*\s)?)['\"]?https://releases\.example\.io/tool-v2\.3\.tar\.gz"),
    # ref: ssh pi@192.168.1.42
    case("ssh into my raspberry pi at 192.168.1.42, username pi",
         r"^ssh\s+(.*\s)?(pi@192\.168\.1\.42|-l\s*pi\s+(.*\s)?192\.168\.1\.42|192\.168\.1\.42\s+-l\s*pi)(\s|$)"),
    # ref: scp backup.tar.gz admin@10.0.0.5:/srv/backups/
    case("upload backup.tar.gz to 10.0.0.5 into /srv/backups, login is admin",
         r"^(scp|rsync)\s+(-e\s+\S+\s+|-\S+\s+)*(\./)?backup\.tar\.gz\s+admin@10\.0\.0\.5:/srv/backups/?\s*$"),
    # ref: sudo ss -tulpn
    case("which ports is this machine listening on?",
         rf"^{SUDO}(ss|netstat)\s+(?=(.*\s)?(-\w*l\w*|--listening)(\s|$))",
         rf"^{SUDO}lsof\s+(?=.*-i)(?=.*LISTEN)"),
    # ref: sudo lsof -i :3000
    case("something is already using port 3000, what is it",
         rf"^{SUDO}lsof\s+(.*\s)?-i\s*(tcp|TCP|udp|UDP|4|6)?:3000(\s|$)",
         rf"^{SUDO}(ss|netstat)\s+\S.*(\|\s*grep\s+(.*\s)?['\"]?:?3000\b|sport\s*=\s*:3000\b|\s['\"]?:3000\b)",
         rf"^{SUDO}fuser\s+(.*\s)?3000/tcp\b"),
    # ref: nc -zv github.com 443
    case("can i reach github.com on port 443 from here?",
         r"^(nc|ncat|netcat)\s+(?=(.*\s)?-\w*z)(.*\s)?github\.com\s+443(\s|$)",
         r"^telnet\s+github\.com\s+443\s*$",
         r"^nmap\s+(?=(.*\s)?-p\s*443(\s|$))(.*\s)?github\.com(\s|$)",
         r"^curl\s+(.*\s)?(https://github\.com|github\.com:443)\b",
         r"/dev/tcp/github\.com/443\b",
         r"^openssl\s+s_client\s+(.*\s)?-connect\s+github\.com:443\b"),

    # ---- archives (8) ----
    # ref: unzip homework.zip -d hw
    case("unzip homework.zip into a folder called hw",
         r"^unzip\s+(?=(.*\s)?-d\s*(\./)?hw/?(\s|$))(.*\s)?(\./)?homework\.zip(\s|$)",
         r"^7z\s+x\s+(.*\s)?(\./)?homework\.zip\s+(.*\s)?-o(\./)?hw/?(\s|$)"),
    # ref: tar -xzf photos.tar.gz
    case("extract photos.tar.gz here pls",
         r"^tar\s+(?=-?[a-zA-Z]*x|(.*\s)?-[a-zA-Z]*x|.*--extract)(?!(.*\s)?-?[a-zA-Z]*[ct][a-zA-Z]*\s)(.*\s)?(\./)?photos\.tar\.gz\s*$"),
    # ref: tar -czf backend-backup.tar.gz backend
    case("pack the backend folder into backend-backup.tar.gz",
         r"^tar\s+(?=-?[a-zA-Z]*c|(.*\s)?-[a-zA-Z]*c|.*--create)(?=-?[a-zA-Z]*[za]|(.*\s)?-[a-zA-Z]*[za]|.*--gzip|.*--auto-compress)(?!-?[a-zA-Z]*[xt])(.*\s)?(\./)?backend-backup\.tar\.gz\s+(\./)?backend/?\s*$"),
    # ref: tar -tf logs-2024.tar.xz
    case("whats inside logs-2024.tar.xz? dont extract it",
         r"^tar\s+(?=-?[a-zA-Z]*t|(.*\s)?-[a-zA-Z]*t|.*--list)(?!(.*\s)?(-?[a-zA-Z]*x[a-zA-Z]*\s|--extract|--get))(.*\s)?(\./)?logs-2024\.tar\.xz\s*(\|\s*(less|more|head\b.*))?\s*$"),
    # ref: zip -r report_final.zip report_final
    case("zip up report_final with everything in it so i can email it",
         r"^zip\s+(?=(.*\s)?(-\w*r\w*|--recurse-paths)(\s|$))(.*\s)?(\./)?\S+\.zip\s+(\./)?report_final/?\s*$",
         r"^7z\s+a\s+(.*\s)?\S+\.zip\s+(\./)?report_final/?\s*$"),
    # ref: tar -xf bundle.tar config/app.json
    case("i only need config/app.json out of bundle.tar, pull out just that file",
         r"^tar\s+(?=-?[a-zA-Z]*x|(.*\s)?-[a-zA-Z]*x|.*--extract)(?=(.*\s)?(-?[a-zA-Z]*f\s*|--file[= ])(\./)?bundle\.tar(\s|$))(?=.*\s(\./)?config/app\.json\s*$)"),
    # ref: gzip -k huge.log
    case("gzip huge.log but keep the original file",
         r"^(gzip|pigz)\s+(?=(.*\s)?(-\w*k\w*|--keep)(\s|$))(.*\s)?(\./)?huge\.log\s*$",
         r"^(gzip|pigz)\s+(-\w*c\w*|--stdout)\s+(-\S+\s+)*(\./)?huge\.log\s*>\s*(\./)?huge\.log\.gz\s*$"),
    # ref: 7z x data.7z
    case("unpack data.7z real quick",
         r"^(7z|7za|7zr|7zz)\s+[xe]\s+(.*\s)?(\./)?data\.7z(\s|$)",
         r"^unar\s+(.*\s)?(\./)?data\.7z(\s|$)",
         r"^bsdtar\s+-\w*x\w*f\s+(\./)?data\.7z\s*$"),

    # ---- git (9) ----
    # ref: git reset --soft HEAD~1
    case("undo my last commit but keep the changes",
         r"^git\s+reset\s+(--soft\s+|--mixed\s+)?HEAD(~1?|\^)\s*$"),
    # ref: git switch -c feature/login-page
    case("new branch feature/login-page and switch to it",
         r"^git\s+(checkout\s+-b|switch\s+(-c|--create))\s+feature/login-page\s*$"),
    # ref: git blame -L 40,60 app.py
    case("who wrote lines 40 to 60 of app.py",
         r"^git\s+blame\s+(?=(.*\s)?-L\s*40,(60|\+21)(\s|$))(?=(.*\s)?(\./)?app\.py(\s|$))",
         r"^git\s+log\s+(.*\s)?-L\s*40,60:(\./)?app\.py\b"),
    # ref: git diff utils.py
    case("what have i changed in utils.py that isnt committed yet",
         r"^git\s+diff\s+(HEAD\s+)?(--\s+)?(\S+/)?utils\.py\s*$"),
    # ref: git log --oneline -5
    case("last 5 commits, one line each pls",
         r"^git\s+log\s+(?=(.*\s)?(--oneline|--pretty=oneline|--format=oneline)(\s|$))(?=(.*\s)?(-n\s*5|-5|--max-count=5)(\s|$))"),
    # ref: git restore index.html
    case("throw away my local edits to index.html",
         r"^git\s+(checkout\s+(HEAD\s+)?(--\s+)?|restore\s+((--worktree|-W|--source=HEAD|-s\s*HEAD|--staged|-S|-SW|-WS)\s+)*(--\s+)?)(\./)?index\.html\s*$",
         dangerous=True),
    # ref: git push -u origin feature-x
    case("push feature-x to origin and set it as the upstream",
         r"^git\s+push\s+(?=(.*\s)?(-u|--set-upstream)(\s|$))(.*\s)?origin\s+(HEAD:)?feature-x(:feature-x)?(\s|$)"),
    # ref: git tag v2.1.0 && git push origin v2.1.0
    case("tag the current commit as v2.1.0 and push the tag",
         r"^git\s+tag\s+(-m\s+(?P<q>['\"]).*?(?P=q)\s+|-\S+\s+)*v2\.1\.0(\s+-m\s+(?P<q2>['\"]).*?(?P=q2))?(\s+HEAD)?\s*&&\s*git\s+push\s+(?=(.*\s)?(v2\.1\.0|--tags|refs/tags/v2\.1\.0)(\s|$))"),
    # ref: git stash -u
    case("stash everything including the new files i havent added yet",
         r"^git\s+stash(\s+push)?\s+(?=(.*\s)?(-u|--include-untracked|-a|--all)(\s|$))"),

    # ---- packages (9) ----
    # ref: sudo apt install vlc
    case("can u install vlc",
         rf"^({SUDO}(apt|apt-get)\s+update\s*&&\s*)?{SUDO}(apt|apt-get)\s+(-y\s+)?install\s+(-y\s+)?vlc\s*$",
         rf"^{SUDO}snap\s+install\s+vlc\s*$"),
    # ref: sudo apt purge gimp
    case("completely remove gimp, config files too",
         rf"^{SUDO}(apt|apt-get)\s+(-y\s+)?(purge|remove\s+--purge|--purge\s+remove|autoremove\s+--purge)\s+(-y\s+)?gimp(\s|$)",
         rf"^{SUDO}snap\s+remove\s+--purge\s+gimp(\s|$)",
         dangerous=True),
    # ref: dpkg -s htop
    case("is htop installed?",
         r"^(dpkg(-query)?\s+(-[lsW]|--status|--list|--show)\s+htop|which\s+htop|command\s+-v\s+htop|type\s+htop|apt(-cache)?\s+policy\s+htop|apt\s+list\s+(--installed\s+)?htop|whereis\s+htop)\b",
         r"^(dpkg\s+-l|apt\s+list\s+--installed)\s*\|\s*grep\b.*htop"),
    # ref: sudo apt update && sudo apt upgrade -y
    case("update all my software pls",
         rf"^{SUDO}(apt|apt-get)\s+update\s*(&&|;)\s*{SUDO}(apt|apt-get)\s+(-y\s+)?(full-|dist-)?upgrade\b"),
    # ref: python3 -m venv .venv && .venv/bin/pip install requests
    case("make a venv called .venv and install requests in it",
         r"^(python3?\s+-m\s+venv|virtualenv)\s+(\./)?\.venv\s*&&\s*(\.|source)\s+(\./)?\.venv/bin/activate\s*&&\s*(python3?\s+-m\s+)?pip3?\s+install\s+(-\S+\s+)*requests\s*$",
         r"^(python3?\s+-m\s+venv|virtualenv)\s+(\./)?\.venv\s*&&\s*(\./)?\.venv/bin/(pip3?\s+|python3?\s+-m\s+pip\s+)install\s+(-\S+\s+)*requests\s*$"),
    # ref: node --version
    case("what version of node do i have",
         r"^(node|nodejs)\s+(-v|--version)\s*$",
         r"^(apt(-cache)?\s+policy|dpkg\s+-[ls]|apt\s+list\s+--installed)\s+nodejs\b"),
    # ref: npm install -g typescript
    case("install typescript globally with npm",
         rf"^{SUDO}npm\s+(install|i|add)\s+(?=(.*\s)?(-g|--global)(\s|$))(.*\s)?typescript(@\S+)?(\s|$)"),
    # ref: flatpak install flathub com.spotify.Client
    case("get spotify from flathub",
         rf"^{SUDO}flatpak\s+install\s+(-y\s+|--user\s+|--noninteractive\s+)*(flathub\s+)?(com\.spotify\.Client|spotify)(\s|$)"),
    # ref: snap list
    case("which snaps have i got installed",
         r"^snap\s+list(\s+--all)?\s*$"),

    # ---- text processing (11) ----
    # ref: grep -rn TODO docs --include='*.md'
    case("search docs/ for TODO but only in markdown files",
         r"^grep\s+(?=(.*\s)?(-\w*[rR]\w*|--recursive|--dereference-recursive)(\s|$))(?=(.*\s)?--include[= ]?['\"]?\*\.md['\"]?(\s|$))(?=(.*\s)?['\"]?TODO['\"]?(\s|$))(?=(.*\s)?(\./)?docs/?(\s|$))",
         r"^rg\s+(?=(.*\s)?(-g\s*['\"]?\*\.md['\"]?|--glob[= ]['\"]?\*\.md['\"]?|-t\s*md|--type[= ]md)(\s|$))(?=(.*\s)?['\"]?TODO['\"]?(\s|$))(?=(.*\s)?(\./)?docs/?(\s|$))",
         r"^find\s+(\./)?docs/?\s+(?=.*-i?name\s+['\"]?\*\.md['\"]?).*(-exec\s+grep|xargs\s+grep)\b.*TODO",
         r"^grep\s+(-\w+\s+)*['\"]?TODO['\"]?\s+(\./)?docs/(\*\*/)?\*\.md\s*$"),
    # ref: wc -l main.py
    case("how many lines is main.py",
         r"^wc\s+(-l|--lines)\s+(<\s*)?(\./)?main\.py\s*$",
         r"^cat\s+(\./)?main\.py\s*\|\s*wc\s+(-l|--lines)\s*$"),
    # ref: tail -n 50 /var/log/kern.log
    case("last 50 lines of /var/log/kern.log",
         rf"^{SUDO}tail\s+(-n\s*50|-50|--lines[= ]50)\s+/var/log/kern\.log\s*$",
         rf"^{SUDO}tail\s+/var/log/kern\.log\s+(-n\s*50|--lines[= ]50)\s*$"),
    # ref: grep -c ERROR server.log
    case("how many times does ERROR show up in server.log",
         r"^grep\s+(?=(.*\s)?(-\w*c\w*|--count)(\s|$))(?!(.*\s)?(-\w*v\w*|--invert-match)(\s|$))(.*\s)?['\"]?ERROR['\"]?\s+(\./)?server\.log\s*$",
         r"^grep\s+(?!(.*\s)?(-\w*v\w*|--invert-match)(\s|$))(-\w+\s+)*['\"]?ERROR['\"]?\s+(\./)?server\.log\s*\|\s*wc\s+(-l|--lines)\s*$"),
    # ref: sed -i 's/localhost/127.0.0.1/g' settings.conf
    case("change localhost to 127.0.0.1 everywhere in settings.conf",
         r"^sed\s+(?=(.*\s)?(-\w*i\S*|--in-place\S*)(\s|$))(.*\s)?(-e\s+)?['\"]?s(?P<d>[/|#:,@])(\\b)?localhost(\\b)?(?P=d)127\\?\.0\\?\.0\\?\.1(?P=d)g['\"]?\s+(\./)?settings\.conf\s*$",
         r"^perl\s+(?=(.*\s)?-\w*i)(-\S+\s+)*['\"]s/(\\b)?localhost(\\b)?/127\\?\.0\\?\.0\\?\.1/g;?['\"]\s+(\./)?settings\.conf\s*$",
         dangerous=True),
    # ref: sort -u names.txt
    case("show names.txt sorted a-z with duplicates removed",
         r"^sort\s+(?=(.*\s)?(-\w*u\w*|--unique)(\s|$))(?!(.*\s)?(-\w*r\w*|--reverse)(\s|$))(.*\s)?(\./)?names\.txt\s*$",
         r"^sort\s+(?!(.*\s)?(-\w*r\w*|--reverse)(\s|$))(-\w+\s+)*(\./)?names\.txt\s*\|\s*uniq\s*$"),
    # ref: cut -d, -f3 grades.csv
    case("print the 3rd column of grades.csv, its comma separated",
         r"^cut\s+(?=(.*\s)?(-d\s*['\"]?,['\"]?|--delimiter[= ]['\"]?,['\"]?)(\s|$))(?=(.*\s)?(-f\s*3|--fields[= ]3)(\s|$))(.*\s)?(\./)?grades\.csv\s*$",
         r"^awk\s+(-F\s*['\"]?,['\"]?|-v\s*FS=['\"]?,['\"]?)\s+['\"]\{\s*print\s*\(?\$3\)?;?\s*\}['\"]\s+(\./)?grades\.csv\s*$",
         r"^awk\s+['\"]BEGIN\s*\{\s*FS\s*=\s*\"?,\"?;?\s*\}\s*\{\s*print\s*\$3;?\s*\}['\"]\s+(\./)?grades\.csv\s*$",
         r"^csvcut\s+-c\s*3\s+(\./)?grades\.csv\s*$"),
    # ref: sed -n '100,120p' big.txt
    case("show me lines 100 to 120 of big.txt",
         r"^sed\s+-n\s+['\"]?100,120p(;\s*12[01]q)?['\"]?\s+(\./)?big\.txt\s*$",
         r"^head\s+(-n\s*120|-120|--lines[= ]120)\s+(\./)?big\.txt\s*\|\s*tail\s+(-n\s*21|-21|--lines[= ]21)\s*$",
         r"^tail\s+(-n\s*\+100|--lines[= ]\+100|\+100)\s+(\./)?big\.txt\s*\|\s*head\s+(-n\s*21|-21|--lines[= ]21)\s*$",
         r"^awk\s+['\"]NR\s*(>=\s*100|>\s*99)\s*&&\s*NR\s*(<=\s*120|<\s*121)['\"]\s+(\./)?big\.txt\s*$",
         r"^awk\s+['\"]NR\s*==\s*100\s*,\s*NR\s*==\s*120['\"]\s+(\./)?big\.txt\s*$"),
    # ref: awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -n 10
    case("top 10 ips hitting my server according to /var/log/nginx/access.log",
         r"^" + SUDO + r"(awk\s+['\"]\{\s*print\s*\$1;?\s*\}['\"]\s+/var/log/nginx/access\.log|cat\s+/var/log/nginx/access\.log\s*\|\s*awk\s+['\"]\{\s*print\s*\$1;?\s*\}['\"]|cut\s+(?=[^|]*-d\s*['\"] ['\"])(?=[^|]*-f\s*1(\s|$))[^|]*/var/log/nginx/access\.log)\s*\|\s*sort\s*\|\s*uniq\s+-c\s*\|\s*sort\s+(?=[^|]*(-\w*r\w*|--reverse)(\s|$))[^|]*\|\s*head(\s+(-n\s*10|-10|--lines[= ]10))?\s*$"),
    # ref: grep -i timeout app.log
    case("only the lines in app.log containing timeout, upper or lowercase",
         r"^grep\s+(?=(.*\s)?(-\w*i\w*|--ignore-case)(\s|$))(?!(.*\s)?(-\w*[vcl]\w*|--invert-match|--count)(\s|$))(.*\s)?['\"]?timeout['\"]?\s+(\./)?app\.log\s*$",
         r"^rg\s+(?=(.*\s)?(-\w*i\w*|--ignore-case)(\s|$))(.*\s)?['\"]?timeout['\"]?\s+(\./)?app\.log\s*$"),
    # ref: sudo tail -f /var/log/nginx/error.log
    case("follow the nginx error log live as new lines come in",
         rf"^{SUDO}tail\s+(?=(.*\s)?(-\w*[fF]\w*|--follow\S*)(\s|$))(.*\s)?/var/log/nginx/error\.log\s*$",
         rf"^{SUDO}less\s+\+F\s+/var/log/nginx/error\.log\s*$"),

    # ---- permissions & ownership (7) ----
    # ref: chmod +x deploy.sh
    case("deploy.sh says permision denied when i run it, make it executable",
         r"^chmod\s+([ugoa]*\+[rwX]*x[rwX]*|[0-7]?[1357][0-7][0-7])\s+(\./)?deploy\.sh(\s*&&\s*(\./|bash\s+)deploy\.sh)?\s*$"),
    # ref: ls -l /var/www/html/index.php
    case("permission denied opening /var/www/html/index.php, who owns that file?",
         rf"^{SUDO}ls\s+(?=(.*\s)?-\w*[ln]\w*(\s|$))(.*\s)?/var/www/html/index\.php\s*$",
         rf"^{SUDO}stat\s+(.*\s)?/var/www/html/index\.php\s*$",
         r"^namei\s+(-\w*[lo]\w*\s+)+/var/www/html/index\.php\s*$"),
    # ref: sudo chown -R jen /srv/media
    case("give jen ownership of /srv/media and everything inside it",
         rf"^{SUDO}chown\s+(?=(.*\s)?(-\w*R\w*|--recursive)(\s|$))(.*\s)?jen(:[\w-]*)?\s+/srv/media/?\s*$",
         dangerous=True),
    # ref: chmod 600 ~/.ssh/id_ed25519
    case("only i should be able to read my ssh key ~/.ssh/id_ed25519",
         rf"^chmod\s+(0?[46]00|go-rwx|og-rwx|g-rwx,o-rwx|o-rwx,g-rwx|u=rw,go=|u=r,go=|u=rw,g=,o=|u=r,g=,o=|go=|g=,o=)\s+{_HOME}/\.ssh/id_ed25519\s*$"),
    # ref: chmod g+s shared
    case("set the setgid bit on shared/ so new files inherit its group",
         rf"^{SUDO}chmod\s+(g\+s|[0-7]?[2367][0-7][0-7][0-7])\s+(\./)?shared/?\s*$"),
    # ref: chmod -R a+rX ~/public_html
    case("make everything in ~/public_html readable by everyone, recursively",
         rf"^{SUDO}chmod\s+(?=(.*\s)?(-\w*R\w*|--recursive)(\s|$))(.*\s)?(a|o|go|og|ugo)?\+(r|rX|Xr)\s+{_HOME}/public_html/?\s*$",
         dangerous=True),
    # ref: chgrp finance report.xlsx
    case("change the group of report.xlsx to finance",
         rf"^{SUDO}(chgrp\s+(-\S+\s+)*finance|chown\s+(-\S+\s+)*[\w-]*:finance)\s+(\./)?report\.xlsx\s*$"),

    # ---- services & logs (8) ----
    # ref: sudo systemctl reload nginx
    case("reload nginx config without taking the site down",
         rf"^({SUDO}nginx\s+-t\s*&&\s*)?{SUDO}(systemctl\s+reload\s+nginx(\.service)?|service\s+nginx\s+reload|nginx\s+-s\s+reload)\s*$"),
    # ref: systemctl status ssh
    case("is the ssh server even running?",
         rf"^{SUDO}systemctl\s+(.*\s)?(status|is-active)\s+(.*\s)?(ssh|sshd)(\.service|\.socket)?(\s|$)",
         rf"^{SUDO}service\s+(ssh|sshd)\s+status\s*$",
         r"^(pgrep|pidof)\s+(-\S+\s+)*sshd?(\s|$)"),
    # ref: sudo systemctl disable docker
    case("stop docker from starting at boot",
         rf"^{SUDO}systemctl\s+disable\s+(--now\s+)?docker(\.service)?(\s+docker\.socket)?\s*$"),
    # ref: journalctl -u bluetooth --since yesterday
    case("logs from the bluetooth service since yesterday",
         rf"^{SUDO}journalctl\s+(?=(.*\s)?(-u\s*|--unit[= ])bluetooth(\.service)?(\s|$))(?=(.*\s)?(-S\s*|--since[= ])['\"]?yesterday['\"]?(\s|$))"),
    # ref: (crontab -l 2>/dev/null; echo "0 2 * * * /home/user/project/backup.sh") | crontab -
    case("run backup.sh from this project every night at 2am",
         r"^\(\s*crontab\s+-l\b[^;|&]*(2>\s*/dev/null\s*)?(;|&&|\|\|)\s*echo\s+['\"]0 0?2 \* \* \*\s+(\S+\s+)?(/home/user/project/|~/project/|\$HOME/project/|\$\{HOME\}/project/|\$PWD/|\$\(pwd\)/)backup\.sh\b.*\)\s*\|\s*crontab\s+-\s*$",
         r"^crontab\s+-l\b.*\|\s*\{\s*cat;\s*echo\s+['\"]0 0?2 \* \* \*\s+(\S+\s+)?(/home/user/project/|~/project/|\$HOME/project/|\$\{HOME\}/project/|\$PWD/|\$\(pwd\)/)backup\.sh\b.*\}\s*\|\s*crontab\s+-\s*$"),
    # ref: sudo journalctl --vacuum-size=200M
    case("journal logs are huge, shrink them to 200M",
         rf"^{SUDO}journalctl\s+(--rotate\s+)?--vacuum-size[= ]200M\s*$",
         dangerous=True),
    # ref: systemctl --failed
    case("any services that failed to start?",
         rf"^{SUDO}systemctl\s+(.*\s)?(--failed|--state[= ]failed)(\s|$)"),
    # ref: sleep 1800 && notify-send "check the oven"
    case("remind me in 30 min to check the oven",
         r"^\(?\s*sleep\s+(1800s?|30m)\s*(&&|;)\s*(notify-send|zenity\s+--\w+|spd-say)\b.*oven",
         r"^echo\s+.*oven.*\|\s*at\s+now\s*\+\s*30\s*min(ute)?s?\s*$"),

    # ---- system info & desktop (10) ----
    # ref: upower -i /org/freedesktop/UPower/devices/battery_BAT0
    case("battery %?",
         r"upower\s+(-i|--show-info)\b",
         r"^upower\s+(-d|--dump)\b",
         r"^cat\s+/sys/class/power_supply/BAT\w*/capacity\s*$",
         r"^acpi\b"),
    # ref: xrandr | grep '*'
    case("whats my screen resolution",
         r"^(xrandr|xdpyinfo\s*\|\s*grep\b.*dimensions|gnome-randr|wlr-randr)\b"),
    # ref: pactl set-sink-volume @DEFAULT_SINK@ +10%
    case("turn the volume up 10%",
         r"^pactl\s+set-sink-volume\s+\S+\s+\+10%\s*$",
         r"^amixer\s+(-\S+\s+(\S+\s+)?)*s?set\s+['\"]?Master['\"]?\s+10%\+\s*$",
         r"^wpctl\s+set-volume\s+(-\S+\s+(\S+\s+)?)*\S+\s+10%\+\s*$"),
    # ref: lsusb
    case("which usb devices are plugged in",
         rf"^{SUDO}(lsusb|usb-devices)(\s|$)"),
    # ref: mkdir -p ~/.local/share/fonts && cp ~/Desktop/FiraCode-Regular.ttf ~/.local/share/fonts/ && fc-cache -f
    case("install the font ~/Desktop/FiraCode-Regular.ttf",
         rf"^({SUDO}mkdir\s+-p\s+\S+\s*&&\s*)?{SUDO}(cp|mv|install)\s+(-\S+\s+)*{_HOME}/Desktop/FiraCode-Regular\.ttf\s+({_HOME}/\.local/share/fonts|{_HOME}/\.fonts|/usr/(local/)?share/fonts)(/\S*)?(\s*&&\s*{SUDO}fc-cache\b.*)?\s*$"),
    # ref: xclip -selection clipboard < todo.txt
    case("copy whats in todo.txt to the clipboard",
         r"^(?=.*\btodo\.txt\b)(?!.*\s(-o|-out|--output)(\s|$))(cat\s+(\./)?todo\.txt\s*\|\s*)?(xclip\s+(?=(.*\s)?-sel(ection)?\s+c(lip(board)?)?(\s|$))|xsel\s+(?=(.*\s)?(-\w*b\w*|--clipboard)(\s|$))|wl-copy\b)"),
    # ref: gnome-screenshot -d 5
    case("screenshot of the whole screen but wait 5 sec first",
         r"^gnome-screenshot\s+(?=(.*\s)?(-d\s*5|--delay[= ]5)(\s|$))(?!(.*\s)?(-\w*[wa]\w*|--window|--area)(\s|$))",
         r"^sleep\s+5s?\s*(&&|;)\s*(gnome-screenshot|scrot|grim|spectacle|import\s+-window\s+root)\b(?!.*\s(-w|-a|--window|--area|-s|--select)(\s|$))",
         r"^scrot\s+(.*\s)?(-d\s*5|--delay[= ]5)(\s|$)"),
    # ref: xdg-open report.pdf
    case("open report.pdf with whatever the default app is",
         r"^(xdg-open|gio\s+open|gnome-open)\s+(\./)?report\.pdf\s*&?\s*$"),
    # ref: xdg-open .
    case("open this folder in the file manager",
         r"^(xdg-open|gio\s+open|nautilus(\s+--new-window|\s+-w)?)\s+(\.|\./|/home/user/project/?|\"?\$PWD\"?|\"?\$\(pwd\)\"?)\s*&?\s*$"),
    # ref: lsb_release -a
    case("what version of ubuntu am i running",
         r"^(lsb_release\s+(-\w*[adr]\w*|--all|--description|--release)(\s|$)|cat\s+/etc/(os-release|lsb-release|issue)(\s|$)|hostnamectl(\s|$))"),

    # ---- users & env & shell config (7) ----
    # ref: sudo usermod -aG docker $USER
    case("add me to the docker group so i dont need sudo all the time",
         rf"^{SUDO}(usermod\s+(-aG\s+docker|-a\s+-G\s+docker|-G\s+docker\s+-a|--append\s+--groups[= ]docker|-a\s+--groups[= ]docker)\s+(user|\$USER|\"\$USER\"|\$\{{USER\}}|\$\(whoami\)|\$LOGNAME)|gpasswd\s+(-a|--add)\s+(user|\$USER|\"\$USER\"|\$\{{USER\}}|\$\(whoami\))\s+docker|adduser\s+(user|\$USER|\"\$USER\"|\$\{{USER\}}|\$\(whoami\))\s+docker)(\s*&&\s*newgrp\s+docker)?\s*$"),
    # ref: echo "alias gs='git status'" >> ~/.bashrc
    case("make an alias gs for git status that sticks after i close the terminal",
         rf"^(echo|printf)\s+(.*\s)?['\"]?alias\s+gs=(\\?['\"])?git status(\\?['\"])?.*>>\s*{_HOME}/\.(bashrc|bash_aliases|zshrc)(\s*&&\s*(source|\.)\s+{_HOME}/\.(bashrc|bash_aliases|zshrc))?\s*$"),
    # ref: echo 'export PATH="$HOME/bin:$PATH"' >> ~/.bashrc
    case("add ~/bin to my PATH permanently",
         rf"^(echo|printf)\s+(?=.*PATH=)(?=.*{_HOME}/bin)(?=.*\$\{{?PATH)(?=.*>>\s*{_HOME}/\.(bashrc|profile|bash_profile|zshrc)(\s|$))"),
    # ref: who
    case("who else is logged in right now",
         r"^(who|w|users|finger|loginctl\s+list-(sessions|users))(\s+-\w+)*\s*$"),
    # ref: sudo adduser marco
    case("create a user marco with a home folder",
         rf"^{SUDO}(adduser\s+(-\S+\s+)*marco|useradd\s+(?=(.*\s)?(-\w*m\w*|--create-home)(\s|$))(.*\s)?marco)\s*$"),
    # ref: export JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64
    case("set JAVA_HOME to /usr/lib/jvm/java-21-openjdk-amd64 just for this terminal",
         r"^export\s+JAVA_HOME=(['\"]?)/usr/lib/jvm/java-21-openjdk-amd64/?\1\s*$"),
    # ref: chsh -s $(which zsh)
    case("switch my default shell to zsh",
         rf"^{SUDO}chsh\s+(-s\s*|--shell[= ])((/usr)?/bin/zsh|\"?\$\((which|command\s+-v)\s+zsh\)\"?)(\s+(user|\$USER))?\s*$"),
)
