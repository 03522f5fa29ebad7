"""Third sealed evaluation set: written without seeing the assistant's cookbook or code; never printed."""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

SEALED3: tuple[Case, ...] = (
    # ---- files & finding (12) ----
    # ref: find /var/log -name '*.log' -size +50M
    case("find .log files in /var/log over 50MB",
         r"^(sudo )?find\s+/var/log/?\s(?=.*-i?name ['\"]?\*\.log(['\"]|\s|$))(?=.*-size \+50M\b)(?!.*(-delete|\brm\b))"),
    # ref: find /usr/local/bin -xtype l
    case("any broken symlinks in /usr/local/bin?",
         r"^(sudo )?find\s+/usr/local/bin/?\s.*-xtype l\b(?!.*(-delete|\brm\b))",
         r"^(sudo )?find\s+-L\s+/usr/local/bin/?\s.*-type l\b(?!.*(-delete|\brm\b))"),
    # ref: find ~/Documents -type f -mtime -2
    case("files in ~/Documents modified in the last 2 days",
         r"^find\s+['\"]?" + _HOME + r"/Documents/?['\"]?\s(?=.*(-mtime -2\b|-mmin -2880\b|-newermt ['\"]?(-2 ?days?|2 days ago)['\"]?|-ctime -2\b))(?!.*(-delete|\brm\b))"),
    # ref: find src -name '*.py' | wc -l
    case("how many python files r in src",
         r"^find\s+(\./)?src/?\s.*-i?name ['\"]?\*\.py(['\"]|\s).*\|\s*wc -l\s*$",
         r"^(fd|fdfind)\b(?=.*(-e py\b|\\\.py\$|\.py['\"]?\s))(?=.*\ssrc/?(\s|$)).*\|\s*wc -l\s*$"),
    # ref: find ~/projects -type d -empty
    case("find empty folders under ~/projects",
         r"^find\s+['\"]?" + _HOME + r"/projects/?['\"]?\s(?=.*-type d\b)(?=.*-empty\b)(?!.*(-delete|\brm\b|rmdir))"),
    # ref: cp -p report.pdf /mnt/backup/
    case("copy report.pdf to /mnt/backup and keep the original timestamps",
         r"^(sudo )?cp\b(?=.*\s(-\w*[pa]\w*|--preserve\S*|--archive)(\s|$))(.*\s)?(\./)?report\.pdf\s+/mnt/backup/?(report\.pdf)?\s*$",
         r"^(sudo )?rsync\b(?=.*\s(-\w*[at]\w*|--times|--archive)(\s|$))(.*\s)?(\./)?report\.pdf\s+/mnt/backup/?(report\.pdf)?\s*$"),
    # ref: rename 's/\.jpeg$/.jpg/' *.jpeg
    case("rename every .jpeg in this folder to .jpg",
         r"^(rename|prename|file-rename|perl-rename)\b.*jpeg.*jpg.*\s\*\.jpeg\s*$",
         r"^rename\s+\.jpeg\s+\.jpg\s+\*\.jpeg\s*$",
         r"^for \w+ in \*\.jpeg\s*;\s*do\b.*\bmv\b.*\.jpg\b.*done\s*$",
         r"^mmv\b.*\*\.jpeg.*#1\.jpg"),
    # ref: ln -s builds/v2.3 latest
    case("make a symlink named latest that points to builds/v2.3",
         r"^ln\b(?=.*\s(-\w*s\w*|--symbolic)(\s|$))(.*\s)?['\"]?(\./|\$PWD/|/home/user/project/)?builds/v2\.3/?['\"]?\s+(\./)?latest\s*$"),
    # ref: find /srv -user root
    case("which files in /srv are owned by root",
         r"^(sudo )?find\s+/srv/?\s.*-user (root|0)\b(?!.*(-delete|\brm\b|chown|chmod))"),
    # ref: find /tmp/scratch -mtime +7 -delete
    case("clean out /tmp/scratch - delete anything older than 7 days",
         r"^(sudo )?find\s+/tmp/scratch/?\s(?=.*(-mtime \+[67]\b|-mmin \+100(08|80)\d?\b|-ctime \+[67]\b))(?=.*(-delete\b|-exec rm\b|\|\s*xargs\b.*\brm\b))",
         dangerous=True),
    # ref: find ~ -iname '*budget_2024*'
    case("where did i put that budget_2024 file, its somewhere in my home folder",
         r"^find\s+['\"]?" + _HOME + r"/?['\"]?\s.*-i?(name|path) ['\"]?\*?budget_2024\*?['\"]?(?!.*(-delete|\brm\b))",
         r"^(locate|plocate|mlocate)\b.*budget_2024",
         r"^(fd|fdfind)\b.*budget_2024.*\s" + _HOME),
    # ref: mv ~/Desktop/*.png ~/Pictures/screens/
    case("move all the png screenshots from ~/Desktop into ~/Pictures/screens pls",
         r"^mv\s+(-\w+\s+)*" + _HOME + r"/Desktop/\*\.png\s+" + _HOME + r"/Pictures/screens/?\s*$",
         r"^mv\s+(-\w+\s+)*-t\s+" + _HOME + r"/Pictures/screens/?\s+" + _HOME + r"/Desktop/\*\.png\s*$",
         r"^find\s+" + _HOME + r"/Desktop/?\s.*\*\.png.*(-exec mv\b|xargs\b.*\bmv\b).*" + _HOME + r"/Pictures/screens"),

    # ---- disk usage (6) ----
    # ref: df -h /
    case("how much space left on the root drive",
         r"^df\b(?!.*(\s-\w*i|--inodes))(\s+(-\w+|--\S+))*(\s+/)?\s*$"),
    # ref: du -sh node_modules
    case("how big is node_modules",
         r"^du\b(?=.*\s(-\w*s\w*|--summarize)(\s|$))(.*\s)?(\./)?node_modules/?\s*$",
         r"^du\s+(-\w+\s+)*(-d\s?0|--max-depth=0)\s+(-\w+\s+)*(\./)?node_modules/?\s*$"),
    # ref: du -h --max-depth=1 /var | sort -rh | head -n 10
    case("10 biggest directories inside /var",
         r"^(sudo )?du\b[^|]*\s/var(/\*)?/?(\s[^|]*)?\|\s*sort\s+(-(rh|hr|rn|nr)|-r\s+-[hn]|-[hn]\s+-r)\s*\|\s*head\s+(-n\s?10|-10|--lines=10)\s*$",
         r"^(sudo )?du\b[^|]*\s/var(/\*)?/?(\s[^|]*)?\|\s*sort\s+-[hn]\s*\|\s*tail\s+(-n\s?10|-10|--lines=10)\s*$"),
    # ref: du -sh ~/* | sort -rh
    case("which folders in my home take up the most space",
         r"^du\b(?=[^|]*\s['\"]?" + _HOME + r")[^|]*\|\s*sort\b",
         r"^ncdu\s+(-\w+\s+)*" + _HOME + r"/?\s*$"),
    # ref: df -i /data
    case("am i running out of inodes on /data",
         r"^df\b(?=.*\s(-\w*i\w*|--inodes)(\s|$))(?=.*\s/data/?(\s|$))"),
    # ref: ls -lhS ~/Videos
    case("can u show me whats in ~/Videos sorted biggest first, human readable sizes",
         r"^ls\b(?=.*\s-\w*S)(?=.*\s-\w*h)(?!.*\s-\w*r)(.*\s)?['\"]?" + _HOME + r"/Videos/?['\"]?\s*$",
         r"^ls\b(?=.*--sort[= ]size)(?=.*\s(-\w*h|--human-readable))(?!.*\s-\w*r)(.*\s)?['\"]?" + _HOME + r"/Videos/?['\"]?\s*$",
         r"^du\b(?=[^|]*\s-\w*h)[^|]*" + _HOME + r"/Videos[^|]*\|\s*sort\s+(-rh|-hr|-h -r|-r -h)\s*$"),

    # ---- processes (9) ----
    # ref: ps aux --sort=-%cpu | head
    case("whats eating my cpu",
         r"^(top|htop|btop|atop|glances)\b",
         r"^ps\b(?=.*--sort[= ]-(%cpu|pcpu|cpu))",
         r"^ps\b[^|]*\|\s*sort\b[^|]*(-\w*k\s?3|-k\s?3)\w*"),
    # ref: pgrep -a nginx
    case("is nginx even running?",
         r"^pgrep\b(\s+-\S+)*\s+['\"]?nginx['\"]?\s*$",
         r"^pidof\s+nginx\s*$",
         r"^ps\b[^|]*\|\s*grep\b.*\[?n\]?ginx",
         r"^(sudo )?systemctl\s+(status|is-active)\s+(--\S+\s+)*nginx(\.service)?(\s+--\S+)*\s*$",
         r"^(sudo )?service nginx status\s*$"),
    # ref: kill $(lsof -t -i:8080)
    case("something is hogging port 8080, kill it",
         r"^(sudo )?fuser\b(?=.*\s-\w*k)(?=.*\b8080/tcp\b)",
         r"^(sudo )?kill\b(\s+-\S+)?\s+\$\(\s*(sudo )?lsof\b(?=[^)]*\s-\w*t)[^)]*:8080\b[^)]*\)\s*$",
         r"^(sudo )?lsof\b(?=[^|]*\s-\w*t)[^|]*:8080\b[^|]*\|\s*xargs\s+(-r\s+)?(sudo )?kill\b",
         r"^(sudo )?kill\b(\s+-\S+)?\s+\$\(\s*(sudo )?(ss|netstat)\b[^)]*8080",
         dangerous=True),
    # ref: pkill -9 firefox
    case("firefox is frozen, force kill it",
         r"^(sudo )?(pkill|killall)\s+(-\w+\s+)*(-9|-KILL|-SIGKILL|--signal[= ](9|KILL|SIGKILL)|-s\s?(9|KILL|SIGKILL))\s+(-\w+\s+)*['\"]?firefox['\"]?\s*$",
         r"^(sudo )?kill\s+(-9|-KILL|-SIGKILL|-s\s?(9|KILL|SIGKILL))\s+\$\(\s*(pgrep|pidof)\b[^)]*firefox[^)]*\)\s*$",
         r"^(sudo )?(pgrep|pidof)\b[^|]*firefox[^|]*\|\s*xargs\s+(-r\s+)?kill\s+(-9|-KILL|-SIGKILL)\s*$",
         dangerous=True),
    # ref: ps aux --sort=-%mem | head -n 6
    case("top 5 memory hungry processes",
         r"^ps\b(?=[^|]*--sort[= ]-(%mem|pmem|rss|mem))[^|]*\|\s*head\s+(-n\s?[56]|-[56]|--lines=[56])\s*$",
         r"^ps\b[^|]*\|\s*sort\b[^|]*-\w*k\s?[46]\b[^|]*\|\s*head\s+(-n\s?[56]|-[56]|--lines=[56])\s*$",
         r"^top\b(?=.*-o\s?['\"]?%?MEM)(?=.*-b)"),
    # ref: nohup ./backup.sh > backup.log 2>&1 &
    case("run ./backup.sh so it keeps going after i log out",
         r"^nohup\s+(bash\s+|sh\s+)?(\./)?backup\.sh\b.*&\s*(disown\s*)?$",
         r"^setsid\s+(-f\s+)?(bash\s+|sh\s+)?(\./)?backup\.sh\b",
         r"^(tmux|screen)\b.*backup\.sh",
         r"^systemd-run\b.*backup\.sh"),
    # ref: pgrep sshd
    case("pid of sshd",
         r"^(pgrep|pidof)\b(\s+-\w+)*\s+sshd\s*$",
         r"^ps\b[^|]*\|\s*grep\b.*sshd",
         r"^(sudo )?systemctl show\b.*MainPID.*\bssh"),
    # ref: pstree -p postgres
    case("show the process tree for the postgres user",
         r"^pstree\b(\s+-\w+)*\s+postgres\s*$",
         r"^ps\b(?=.*(--forest|\s-\w*H))(?=.*(\s-\w*[uU]\s?postgres\b|--user[= ]postgres\b))"),
    # ref: renice +10 -p 4321
    case("lower the priorty of process 4321",
         r"^(sudo )?renice\s+(-n\s+)?\+?[1-9]\d*\s+(-p\s+)?4321\s*$"),

    # ---- network (9) ----
    # ref: ss -tulpn
    case("ports in use",
         r"^(sudo )?(ss|netstat)\b(?=.*\s-\w*l)",
         r"^(sudo )?lsof\b(?=.*\s-\w*i)"),
    # ref: hostname -I
    case("what's my local ip",
         r"^(ip\s+(-\w+\s+)*(a|addr|address)\b|hostname\s+(-I|--all-ip-addresses)\b|ifconfig\b|ip\s+(-\w+\s+)*route get\b|nmcli\b)"),
    # ref: curl ifconfig.me
    case("my public ip real quick",
         r"^(curl|wget)\b.*\b(ifconfig\.me|icanhazip\.com|ipinfo\.io|api\.ipify\.org|ipify\.org|ifconfig\.co|checkip\.amazonaws\.com|ident\.me|ipecho\.net)",
         r"^dig\b.*myip\.opendns\.com"),
    # ref: ping -c 4 10.0.0.15
    case("can i reach 10.0.0.15?",
         r"^ping\b.*\s10\.0\.0\.15\s*$",
         r"^ping\s+10\.0\.0\.15\s+-c\s?\d+\s*$"),
    # ref: nc -zv db.internal 5432
    case("check if port 5432 is open on db.internal",
         r"^(nc|ncat|netcat)\b(?=.*\s-\w*z)(?=.*\sdb\.internal\b)(?=.*\s5432\b)",
         r"^(sudo )?nmap\b(?=.*-p\s?5432\b)(?=.*\sdb\.internal\b)",
         r"^telnet\s+db\.internal\s+5432\s*$",
         r"^pg_isready\b(?=.*-h\s?db\.internal\b)(?=.*-p\s?5432\b)",
         r"^(timeout\s+\d+\s+)?bash -c\b.*/dev/tcp/db\.internal/5432"),
    # ref: wget -P ~/Downloads https://example.com/files/data.zip
    case("download https://example.com/files/data.zip into ~/Downloads",
         r"^wget\b(?=.*(-P\s?|--directory-prefix[= ])['\"]?" + _HOME + r"/Downloads/?['\"]?(\s|$))(?=.*https://example\.com/files/data\.zip)",
         r"^wget\b(?=.*(-O\s?|--output-document[= ])['\"]?" + _HOME + r"/Downloads/data\.zip['\"]?(\s|$))(?=.*https://example\.com/files/data\.zip)",
         r"^curl\b(?=.*(-o\s?|--output[= ])['\"]?" + _HOME + r"/Downloads/data\.zip['\"]?(\s|$))(?=.*https://example\.com/files/data\.zip)",
         r"^curl\b(?=.*--output-dir[= ]['\"]?" + _HOME + r"/Downloads/?['\"]?\s)(?=.*\s(-\w*O|--remote-name)\b)(?=.*https://example\.com/files/data\.zip)",
         r"^cd\s+['\"]?" + _HOME + r"/Downloads/?['\"]?\s*&&\s*(wget\s+(-\w+\s+)*['\"]?https://example\.com/files/data\.zip|curl\b(?=.*\s(-\w*O|--remote-name)\b)(?=.*https://example\.com/files/data\.zip))"),
    # ref: dig github.com
    case("dns lookup github.com",
         r"^(dig|nslookup|host|drill|resolvectl query|getent (a?hosts))\b.*\sgithub\.com\b"),
    # ref: traceroute 8.8.8.8
    case("traceroute to 8.8.8.8",
         r"^(sudo )?(traceroute|tracepath|mtr)\b.*\s8\.8\.8\.8\s*$"),
    # ref: scp config.yaml deploy@192.168.1.50:/etc/app/
    case("send config.yaml to deploy@192.168.1.50 into /etc/app",
         r"^(scp|rsync)\b(.*\s)?(\./)?config\.yaml\s+deploy@192\.168\.1\.50:/etc/app/?(config\.yaml)?\s*$"),

    # ---- archives & compression (7) ----
    # ref: tar -xzf backup.tar.gz -C /opt/restore
    case("extract backup.tar.gz into /opt/restore",
         r"^((sudo )?mkdir -p /opt/restore/?\s*&&\s*)?(sudo )?tar\b(?=.*(\s-?[a-zA-Z]*x[a-zA-Z]*\s|--extract))(?=.*[\s=](\./)?backup\.tar\.gz(\s|$))(?=.*(-C\s?|--directory[= ])/opt/restore/?(\s|$))"),
    # ref: zip -r reports.zip reports
    case("zip up the reports folder as reports.zip",
         r"^zip\b(?=.*\s-\w*r)(.*\s)?reports\.zip\s+(\./)?reports/?\s*$",
         r"^7z\s+a\b(.*\s)?reports\.zip\s+(\./)?reports/?\s*$"),
    # ref: tar -tf archive.tar.xz
    case("whats inside archive.tar.xz? dont extract it",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*t[a-zA-Z]*\s|--list))(?!.*(\s-?[a-zA-Z]*x[a-zA-Z]*\s|--extract|--delete))(?=.*[\s=](\./)?archive\.tar\.xz(\s|$))",
         r"^(atool\s+-l|als|lsar|7z l)\b.*archive\.tar\.xz",
         r"^(xz|unxz)\s+-\w*[dc]\w*\s+archive\.tar\.xz\s*\|\s*tar\s+(-?t\w*|--list)\b"),
    # ref: unzip photos.zip -d ~/Pictures/trip
    case("unzip photos.zip into ~/Pictures/trip",
         r"^unzip\b(?=.*\s(\./)?photos\.zip(\s|$))(?=.*-d\s?['\"]?" + _HOME + r"/Pictures/trip/?['\"]?(\s|$))",
         r"^7z\s+x\b(?=.*photos\.zip)(?=.*-o['\"]?" + _HOME + r"/Pictures/trip)"),
    # ref: tar -czf logs-2024-06.tar.gz logs
    case("make a logs-2024-06.tar.gz out of the logs directory",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*c[a-zA-Z]*\s|--create))(?=.*(\s-?[a-zA-Z]*[za][a-zA-Z]*\s|--gzip|--auto-compress|-I\s?['\"]?(pigz|gzip)))(?=.*[\s=](-f\s?)?logs-2024-06\.tar\.gz(\s|$))(?=.*\s(\./)?logs/?(\s|$))"),
    # ref: gzip -k huge.csv
    case("gzip huge.csv but keep the original file",
         r"^(gzip|pigz)\b(?=.*\s(-\w*k\w*|--keep)(\s|$))(.*\s)?(\./)?huge\.csv\s*$",
         r"^(gzip|pigz)\b(?=.*\s(-\w*c\w*|--stdout)(\s|$))(.*\s)?(\./)?huge\.csv\s*>\s*(\./)?huge\.csv\.gz\s*$"),
    # ref: gunzip data.json.gz
    case("decompress data.json.gz",
         r"^(gunzip|unpigz)(\s+-\w+)*\s+(\./)?data\.json\.gz\s*$",
         r"^(gzip|pigz)\s+(-\w+\s+)*(-\w*d\w*|--decompress)\s+(-\w+\s+)*(\./)?data\.json\.gz\s*$",
         r"^(zcat|gunzip -c|gzip -dc|gzip -cd)\s+(\./)?data\.json\.gz\s*>\s*(\./)?data\.json\s*$"),

    # ---- git (11) ----
    # ref: git reset --soft HEAD~1
    case("undo my last commit but keep the changes",
         r"^git reset(\s+--(soft|mixed))?\s+(HEAD|@)(~1?|\^)\s*$"),
    # ref: git fetch origin && git reset --hard origin/main
    case("throw away all my local changes and match origin/main exactly",
         r"^(git fetch\b[^&;|]*(&&|;)\s*)?git reset\s+(?=[^&;|]*--hard)(?=[^&;|]*\sorigin/main\b)[^&;|]*$",
         dangerous=True),
    # ref: git switch -c feature/login
    case("new branch feature/login and switch to it",
         r"^git (checkout -[bB]|switch (-[cC]|--create|--force-create))\s+feature/login\s*$"),
    # ref: git blame -L 40,40 src/app.py
    case("who last changed line 40 in src/app.py",
         r"^git blame\b(?=.*-L\s?40(,(40|\+1))?(\s|$))(?=.*\s(\./)?src/app\.py(\s|$))",
         r"^git log\b.*-L\s?40,(40|\+1):(\./)?src/app\.py"),
    # ref: git log --since="3 days ago"
    case("commits from the last 3 days",
         r"^git log\b.*--(since|after)[= ]['\"]?(3[ .]days?([ .]ago)?|72[ .]hours?([ .]ago)?)['\"]?(\s|$)"),
    # ref: git branch -d old-experiment
    case("delete local branch old-experiment",
         r"^git branch\s+(-d|-D|--delete|--delete --force|-d -f)\s+old-experiment\s*$"),
    # ref: git stash -u
    case("stash everything including untracked files",
         r"^git stash( push| save)?\b(?=.*\s(-u|--include-untracked|-a|--all)(\s|$))"),
    # ref: git tag v1.4.0 && git push origin v1.4.0
    case("tag this commit v1.4.0 and push the tag",
         r"^git tag\s+(-[as]\s+)?v1\.4\.0\b[^&;]*(&&|;)\s*git push\b.*(\sv1\.4\.0\s*$|\srefs/tags/v1\.4\.0\s*$|--tags|--follow-tags)"),
    # ref: git diff --name-only main develop
    case("which files differ between main and develop",
         r"^git diff\b(?=.*(--name-only|--name-status|--stat))(?=.*\smain(\.{2,3}|\s+)develop(\s|$))"),
    # ref: git remote add upstream https://github.com/acme/tool.git
    case("add upstream remote https://github.com/acme/tool.git",
         r"^git remote add\s+(-\w+\s+)*upstream\s+https://github\.com/acme/tool(\.git)?\s*$"),
    # ref: git clean -fd
    case("get rid of all untracked files and dirs in the repo",
         r"^git clean\b(?=.*\s(-\w*f|--force))(?=.*\s-\w*d)(?!.*\s-\w*[xXn])(?!.*--dry-run)",
         dangerous=True),

    # ---- packages (7) ----
    # ref: sudo apt install htop
    case("install htop",
         r"^(sudo )?apt(-get)?\s+(-y\s+)?install\s+(-y\s+|--yes\s+)?htop(\s+-y)?\s*$",
         r"^(sudo )?snap install htop\s*$"),
    # ref: dpkg -s ffmpeg
    case("is ffmpeg installed?",
         r"^(which|command -v|type|whereis|hash)\s+ffmpeg\b",
         r"^dpkg(-query)?\s+(-l|-s|--status|--list|-W)\s+ffmpeg\b",
         r"^(apt\s+list\s+--installed|apt\s+policy|apt-cache\s+policy)\b.*ffmpeg",
         r"^dpkg\s+(-l|--list|--get-selections)\s*\|\s*grep\b.*ffmpeg",
         r"^ffmpeg\s+-version\b"),
    # ref: sudo apt purge mysql-server
    case("completely remove mysql-server incl. its config files",
         r"^(sudo )?apt(-get)?\s+(-y\s+)?(purge|remove\s+--purge|--purge\s+remove|autoremove\s+--purge)\s+(-y\s+)?mysql-server\b",
         dangerous=True),
    # ref: apt policy python3
    case("what version of python3 do the repos have",
         r"^(apt|apt-cache)\s+(policy|show|madison)\s+python3\s*$",
         r"^apt\s+list\s+(-a\s+|--all-versions\s+)?python3\s*$"),
    # ref: sudo apt update && sudo apt upgrade -y
    case("update everything pls",
         r"^(sudo )?apt(-get)? update\s*(&&|;)\s*(sudo )?apt(-get)?\s+(-y\s+)?(full-|dist-)?upgrade\b"),
    # ref: dpkg -S /usr/bin/convert
    case("which package owns /usr/bin/convert",
         r"^dpkg(-query)?\s+(-S|--search)\s+/usr/bin/convert\s*$",
         r"^apt-file\s+search\s+/usr/bin/convert\s*$",
         r"^dpkg(-query)?\s+(-S|--search)\s+['\"]?\$\(\s*(readlink -f|realpath)\s+/usr/bin/convert\s*\)['\"]?\s*$"),
    # ref: sudo apt install ~/Downloads/zoom_amd64.deb
    case("install ~/Downloads/zoom_amd64.deb",
         r"^(sudo )?(apt(-get)?\s+(-y\s+)?install\s+(-y\s+)?|dpkg\s+(-i|--install)\s+|gdebi\s+(-n\s+)?)['\"]?" + _HOME + r"/Downloads/zoom_amd64\.deb['\"]?(\s+-y)?(\s*(&&|;)\s*(sudo )?apt(-get)?\s+(-f\s+install|install\s+-f|--fix-broken\s+install)(\s+-y)?)?\s*$"),

    # ---- text processing (12) ----
    # ref: grep -rl TODO src
    case("which files in src mention TODO",
         r"^grep\b(?=.*\s-\w*[rR])(.*\s)?['\"]?TODO['\"]?\s+(\./)?src/?\s*$",
         r"^(rg|ag)\b(.*\s)?['\"]?TODO['\"]?\s+(\./)?src/?\s*$"),
    # ref: wc -l main.go
    case("line count of main.go",
         r"^wc\s+(-l|--lines)\s+(<\s*)?(\./)?main\.go\s*$",
         r"^cat\s+(\./)?main\.go\s*\|\s*wc\s+(-l|--lines)\s*$"),
    # ref: tail -n 50 /var/log/syslog
    case("last 50 lines of /var/log/syslog",
         r"^(sudo )?tail\s+(-n\s?50|-50|--lines[= ]50)\s+/var/log/syslog\s*$"),
    # ref: sed -i 's/localhost/127.0.0.1/g' config.ini
    case("in config.ini replace every localhost with 127.0.0.1",
         r"^sed\s+(-i\S*|--in-place\S*)\s+(-e\s+)?['\"]s(?P<d>.)localhost(?P=d)127\\?\.0\\?\.0\\?\.1(?P=d)g['\"]\s+(\./)?config\.ini\s*$",
         r"^sed\s+(-e\s+)?['\"]s(?P<d>.)localhost(?P=d)127\\?\.0\\?\.0\\?\.1(?P=d)g['\"]\s+(-i\S*|--in-place\S*)\s+(\./)?config\.ini\s*$",
         r"^perl\b(?=.*\s-\w*i)(?=.*\s-\w*p).*s/localhost/127\\?\.0\\?\.0\\?\.1/g.*\sconfig\.ini\s*$"),
    # ref: awk '{print $1}' access.log | sort -u | wc -l
    case("how many unique IPs are in access.log? ip is the first column",
         r"^(awk\s+['\"]\{\s*print \$1;?\s*\}['\"]\s+(\./)?access\.log|cut\s+(?=[^|]*(-d\s?['\"] ['\"]|--delimiter[= ]['\"] ['\"]))(?=[^|]*(-f\s?1|--fields[= ]1)(\s|$))[^|]*\s(\./)?access\.log|cat\s+(\./)?access\.log\s*\|\s*(awk\s+['\"]\{\s*print \$1;?\s*\}['\"]|cut\s+[^|]*-f\s?1\b[^|]*))\s*\|\s*(sort\s+(-u|--unique)\s*|sort\s*\|\s*uniq\s*)\|\s*wc -l\s*$",
         r"^awk\s+['\"]!\w+\[\$1\]\+\+['\"]\s+(\./)?access\.log\s*\|\s*wc -l\s*$",
         r"^awk\s+['\"]\{\s*\w+\[\$1\]\+?\+?;?\s*\}\s*END\s*\{\s*print length\(\w+\)\s*\}['\"]\s+(\./)?access\.log\s*$"),
    # ref: tr -s '[:space:]' '\n' < notes.txt | sort | uniq -c | sort -rn | head -10
    case("top 10 most common words in notes.txt",
         r"^(cat|tr|grep|awk|sed)\b.*notes\.txt.*\|\s*sort\b[^|]*\|\s*uniq -c\s*\|\s*sort\s+(-rn|-nr|-n -r|-r -n|-k\s?1,?1?nr|-rnk\s?1|-nrk\s?1)\s*\|\s*head\s+(-n\s?10|-10|--lines=10)\s*$"),
    # ref: sed -n '100,120p' server.log
    case("print lines 100-120 of server.log",
         r"^sed\s+-n\s+['\"]?100,120p['\"]?\s+(\./)?server\.log\s*$",
         r"^awk\s+['\"]NR\s*>=\s*100\s*&&\s*NR\s*<=\s*120['\"]\s+(\./)?server\.log\s*$",
         r"^head\s+(-n\s?120|-120)\s+(\./)?server\.log\s*\|\s*tail\s+(-n\s?21|-21)\s*$",
         r"^tail\s+(-n\s?\+100|--lines[= ]\+100)\s+(\./)?server\.log\s*\|\s*head\s+(-n\s?21|-21)\s*$"),
    # ref: diff -y a.conf b.conf
    case("compare a.conf and b.conf side by side",
         r"^(diff\s+(-\S+\s+)*(-\w*y\w*|--side-by-side)(\s+-\S+(\s+\d+)?)*|sdiff(\s+-\S+)*|vimdiff|vim -d|colordiff\s+(-\S+\s+)*-\w*y\w*(\s+-\S+)*)\s+(\./)?a\.conf\s+(\./)?b\.conf\s*$"),
    # ref: cut -d, -f3 data.csv
    case("grab the 3rd column from data.csv (comma separated)",
         r"^cut\s+(?=.*(-d\s?['\"]?,['\"]?|--delimiter[= ]['\"]?,['\"]?)(\s|-f|$))(?=.*(-f\s?3|--fields[= ]3)(\s|$)).*\s(\./)?data\.csv\s*$",
         r"^awk\s+(-F\s?['\"]?,['\"]?|-v\s?FS=['\"]?,['\"]?)\s*['\"]\{\s*print \$3;?\s*\}['\"]\s+(\./)?data\.csv\s*$"),
    # ref: sort -u names.txt > names_sorted.txt
    case("sort names.txt, drop duplicates, save to names_sorted.txt",
         r"^sort\s+(-u|--unique)\s+(\./)?names\.txt\s*>\s*(\./)?names_sorted\.txt\s*$",
         r"^sort\s+(\./)?names\.txt\s+(-u|--unique)\s*>\s*(\./)?names_sorted\.txt\s*$",
         r"^sort\s+(\./)?names\.txt\s*\|\s*uniq\s*>\s*(\./)?names_sorted\.txt\s*$",
         r"^sort\b(?=.*\s(-u|--unique)(\s|$))(?=.*(-o\s?|--output[= ])(\./)?names_sorted\.txt(\s|$))(.*\s)?(\./)?names\.txt(\s|$)"),
    # ref: grep -in 'connection refused' app.log
    case("search app.log for 'connection refused', ignore case, with line numbers",
         r"^grep\b(?=.*\s(-\w*i|--ignore-case))(?=.*\s(-\w*n|--line-number))(.*\s)?['\"]connection refused['\"]\s+(\./)?app\.log\s*$",
         r"^rg\b(?=.*\s(-\w*i|--ignore-case))(?=.*['\"]connection refused['\"])(?=.*\sapp\.log(\s|$))"),
    # ref: tail -f /var/log/nginx/error.log
    case("watch the nginx error log live",
         r"^(sudo )?tail\s+(-\S+\s+(\d+\s+)?)*(-\w*[fF]\w*|--follow\S*)(\s+-\S+)*\s+/var/log/nginx/error\.log\s*$",
         r"^(sudo )?less\s+\+F\s+/var/log/nginx/error\.log\s*$"),

    # ---- permissions & ownership (7) ----
    # ref: chmod +x deploy.sh
    case("make deploy.sh executable",
         r"^chmod\s+(u\+x|\+x|a\+x|ug\+x|0?755|0?775|0?744|0?700)\s+(\./)?deploy\.sh\s*$"),
    # ref: chmod -R g+w shared
    case("give the group write permission on shared/ and everything inside",
         r"^(sudo )?chmod\s+(-R|--recursive)\s+g\+r?wX?\s+(\./)?shared/?\s*$",
         r"^(sudo )?chmod\s+g\+r?wX?\s+(-R|--recursive)\s+(\./)?shared/?\s*$",
         dangerous=True),
    # ref: sudo chown -R www-data:www-data /var/www/site
    case("chown /var/www/site and everything in it to www-data",
         r"^(sudo )?chown\s+(-R|--recursive)\s+www-data([:.](www-data)?)?\s+/var/www/site/?\s*$",
         r"^(sudo )?chown\s+www-data([:.](www-data)?)?\s+(-R|--recursive)\s+/var/www/site/?\s*$",
         dangerous=True),
    # ref: ls -l /etc/shadow
    case("what are the perms on /etc/shadow",
         r"^(sudo )?ls\s+(-\w+\s+)*-\w*l\w*(\s+-\w+)*\s+/etc/shadow\s*$",
         r"^(sudo )?stat\b.*\s/etc/shadow\s*$",
         r"^(sudo )?getfacl\s+/etc/shadow\s*$"),
    # ref: sudo usermod -aG docker maria
    case("add maria to the docker group",
         r"^(sudo )?usermod\s+(-aG|-a -G|-Ga|--append --groups|-a --groups)\s+docker\s+maria\s*$",
         r"^(sudo )?usermod\s+-G docker -a\s+maria\s*$",
         r"^(sudo )?gpasswd\s+(-a|--add)\s+maria\s+docker\s*$",
         r"^(sudo )?(adduser|addgroup)\s+maria\s+docker\s*$"),
    # ref: chmod 600 secrets.env
    case("lock down secrets.env so only i can read/write it",
         r"^chmod\s+(0?600|u=rw,go=|u=rw,g=,o=|u=rw,go-rwx|u=rw,og=|go-rwx|og-rwx|g-rwx,o-rwx)\s+(\./)?secrets\.env\s*$"),
    # ref: id alex
    case("what groups is alex in",
         r"^(groups|id(\s+-\w+)*)\s+alex\s*$",
         r"^getent group\s*\|\s*grep\b.*\balex\b"),

    # ---- services & logs (8) ----
    # ref: sudo systemctl restart docker
    case("restart docker",
         r"^(sudo )?systemctl restart docker(\.service)?\s*$",
         r"^(sudo )?service docker restart\s*$"),
    # ref: sudo systemctl disable --now apache2
    case("stop apache and don't let it start on boot",
         r"^(sudo )?systemctl\s+disable\s+--now\s+apache2(\.service)?\s*$",
         r"^(sudo )?systemctl\s+disable\s+apache2(\.service)?\s+--now\s*$",
         r"^(sudo )?systemctl\s+stop\s+apache2(\.service)?\s*(&&|;)\s*(sudo )?systemctl\s+disable\s+apache2(\.service)?\s*$",
         r"^(sudo )?systemctl\s+disable\s+apache2(\.service)?\s*(&&|;)\s*(sudo )?systemctl\s+stop\s+apache2(\.service)?\s*$",
         dangerous=True),
    # ref: journalctl -u ssh --since yesterday
    case("ssh service logs since yesterday",
         r"^(sudo )?journalctl\b(?=.*(-\w*u\s?|--unit[= ])['\"]?(ssh|sshd)(\.service)?['\"]?(\s|$))(?=.*(-S|--since)[= ]?\s*['\"]?yesterday)"),
    # ref: journalctl -u cron --since today
    case("did my cron jobs run today? check the logs",
         r"^(sudo )?journalctl\b(?=.*((-\w*u\s?|--unit[= ])['\"]?cron(\.service)?['\"]?(\s|$)|-t\s?['\"]?CRON\b|_COMM=cron|SYSLOG_IDENTIFIER=CRON))(?=.*(-S|--since)[= ]?\s*['\"]?(today|00:00))",
         r"^(sudo )?grep\b.*(CRON|cron).*\s/var/log/syslog\s*$"),
    # ref: systemctl --failed
    case("any failed services?",
         r"^(sudo )?systemctl\b(?=.*(--failed|--state[= ]failed))"),
    # ref: journalctl -k -p err -b
    case("kernel errors since boot",
         r"^(sudo )?journalctl\b(?=.*(\s-\w*k\b|--dmesg))(?=.*(-p\s?|--priority[= ])(err|3|0\.\.3|emerg\.\.err|crit|warning|4))",
         r"^(sudo )?dmesg\b(?=.*(--level[= ]|-l\s?)[a-z,]*(err|crit))",
         r"^(sudo )?dmesg\b[^|]*\|\s*grep\b.*(-\w*i\b.*err|[Ee]rr)"),
    # ref: sudo systemctl enable postgresql
    case("enable postgresql at startup",
         r"^(sudo )?systemctl enable(\s+--now)?\s+postgresql(@\S+)?(\.service)?(\s+--now)?\s*$"),
    # ref: journalctl -u myapp.service -f
    case("tail the journal for myapp.service",
         r"^(sudo )?journalctl\b(?=.*(-\w*u\s?|--unit[= ])['\"]?myapp(\.service)?['\"]?(\s|$))(?=.*(\s-[a-zA-Z]*f|--follow))"),

    # ---- system info / hardware / users / time / misc (12) ----
    # ref: free -h
    case("how much ram do i have",
         r"^(free\b|cat /proc/meminfo|grep\b.*MemTotal\b.*/proc/meminfo|head\b.*/proc/meminfo|vmstat\b|top\b|htop\b|lsmem\b|(sudo )?dmidecode\s+-t\s+memory)"),
    # ref: lsb_release -a
    case("what ubuntu version am i on",
         r"^(lsb_release\b|cat\s+/etc/(os-release|lsb-release|issue)\b|hostnamectl\b|grep\b.*/etc/os-release)"),
    # ref: uptime -p
    case("how long has this box been up",
         r"^(uptime\b|cat /proc/uptime\b|who -b\b)"),
    # ref: lscpu
    case("cpu model and core count",
         r"^(lscpu\b|cat /proc/cpuinfo\b|grep\b.*/proc/cpuinfo|(sudo )?dmidecode\s+-t\s+processor|(sudo )?lshw\s+-(C|class)\s+(cpu|processor))",
         r"^nproc\s*(&&|;)\s*(lscpu|grep\b.*/proc/cpuinfo|cat /proc/cpuinfo)"),
    # ref: lsusb | grep -i logitech
    case("is my logitech mouse even detected",
         r"^(sudo )?lsusb\b[^|]*\|\s*grep\b.*((-\w*i|--ignore-case).*logitech|Logitech)",
         r"^(xinput(\s+list)?|(sudo )?libinput list-devices|cat /proc/bus/input/devices)\b[^|]*\|\s*grep\b.*(?i:logitech)"),
    # ref: who
    case("who's logged in right now",
         r"^(who|w|users)(\s+-\S+)*\s*$",
         r"^loginctl list-(sessions|users)\b"),
    # ref: sudo useradd -m jdoe
    case("create user jdoe with a home dir",
         r"^(sudo )?adduser\s+(--\S+\s+)*jdoe\s*$",
         r"^(sudo )?useradd\b(?=.*\s(-\w*m\w*|--create-home)(\s|$))(.*\s)?jdoe\s*$"),
    # ref: timedatectl
    case("what timezone is this machine set to",
         r"^(timedatectl(\s+(status|show)\b.*)?$|timedatectl\s*\|\s*grep\b.*(?i:zone)|date\b|cat /etc/timezone\b|readlink\b.*/etc/localtime|ls -l /etc/localtime)"),
    # ref: sudo timedatectl set-timezone Europe/Berlin
    case("set timezone to Europe/Berlin",
         r"^(sudo )?timedatectl set-timezone ['\"]?Europe/Berlin['\"]?\s*$",
         r"^(sudo )?ln\s+-\w*s\w*\s+/usr/share/zoneinfo/Europe/Berlin\s+/etc/localtime\s*$"),
    # ref: sudo shutdown -r +10
    case("reboot the machine in 10 minutes",
         r"^(sudo )?shutdown\s+(-r|--reboot)\s+\+10(\s|$)",
         r"^(sudo )?shutdown\s+\+10\s+(-r|--reboot)(\s|$)",
         r"^(sudo )?sleep\s+(600|10m)\s*(&&|;)\s*(sudo )?(reboot|shutdown\s+-r\s+now|systemctl reboot)\s*$",
         dangerous=True),
    # ref: lspci | grep -i vga
    case("what graphics card do i have",
         r"^(sudo )?lspci\b[^|]*\|\s*grep\b.*(?i:vga|3d|display)",
         r"^(sudo )?lshw\b.*-(C|class)\s+(display|video)",
         r"^nvidia-smi\b",
         r"^glxinfo\b.*(\|\s*grep\b.*(?i:renderer|device)|-B)",
         r"^(sudo )?lspci\s+(-\w+\s+)*-d\s?::03"),
    # ref: sudo dd if=ubuntu.iso of=/dev/sdb bs=4M status=progress conv=fsync
    case("flash ubuntu.iso onto the usb stick /dev/sdb",
         r"^(sudo )?dd\b(?=.*\sif=['\"]?(\./)?ubuntu\.iso['\"]?(\s|$))(?=.*\sof=/dev/sdb(\s|$))",
         r"^(sudo )?cp\s+(\./)?ubuntu\.iso\s+/dev/sdb\s*(&&\s*(sudo )?sync\s*)?$",
         dangerous=True),
)
