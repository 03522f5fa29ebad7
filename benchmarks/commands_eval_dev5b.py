"""Blind dev set 5b: everyday Ubuntu desktop/hobbyist requests (photos, music, Pi, home server, small web project)."""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

DEV5B: tuple[Case, ...] = (
    # ---- files & finding (10) ----
    # ref: find ~ -name resume.pdf
    case("where did i put resume.pdf?? search my whole home folder",
         r"^find\s+['\"]?" + _HOME + r"/?['\"]?\s.*-i?(name|path|wholename)\s+['\"]?\*?(/)?resume\.pdf['\"]?",
         r"^(p?locate)\s+(-\S+\s+)*['\"]?\S*resume\.pdf",
         r"^(fd|fdfind)\b(?=.*resume\.pdf)(?=.*\s['\"]?" + _HOME + r"/?['\"]?(\s|$))"),
    # ref: find ~/Pictures -iname '*.jpg' -size +5M
    case("find all the .jpg photos in ~/Pictures that are bigger than 5mb",
         r"^find\s+['\"]?" + _HOME + r"/Pictures/?['\"]?\s(?=.*-i?name\s+['\"]?\*\.(jpe?g|JPE?G)['\"]?)(?=.*-size\s+\+(5M|5120k|5242880c)(\s|$))"),
    # ref: find ~/notes -type f -mtime -2
    case("which files in ~/notes got modified in the last 2 days",
         r"^find\s+['\"]?" + _HOME + r"/notes/?['\"]?\s.*(-mtime\s+-2(\s|$)|-mmin\s+-2880(\s|$)|-newermt\s+['\"]?-?\s*2\s*days?\s*ago)"),
    # ref: find ~/Downloads -type d -empty -delete
    case("get rid of all the empty folders in ~/Downloads",
         r"^find\s+['\"]?" + _HOME + r"/Downloads/?['\"]?\s(?=.*-type\s+d)(?=.*-empty)(?=.*(-delete|-exec\s+rmdir\b|xargs\s+(-\S+\s+)*rmdir\b))",
         dangerous=True),
    # ref: find ~/Music -type f -iname '*.mp3' | wc -l
    case("count how many mp3s are in ~/Music, subfolders too",
         r"^find\s+['\"]?" + _HOME + r"/Music/?['\"]?\s.*-i?name\s+['\"]?\*\.(mp3|MP3)['\"]?.*\|\s*wc\s+-l\s*$",
         r"^(fd|fdfind)\b(?=.*(-e\s*mp3|\\\.mp3))(?=.*" + _HOME + r"/Music).*\|\s*wc\s+-l\s*$"),
    # ref: cp ~/Downloads/*.pdf ~/Documents/pdfs/
    case("copy every pdf from ~/Downloads into ~/Documents/pdfs",
         r"(^|&&\s*)cp\s+(-\w+\s+)*['\"]?" + _HOME + r"/Downloads/['\"]?\*\.(pdf|PDF)\s+['\"]?" + _HOME + r"/Documents/pdfs/?['\"]?\s*$",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?find\s+['\"]?" + _HOME + r"/Downloads/?['\"]?\s.*-i?name\s+['\"]?\*\.pdf['\"]?.*(-exec\s+cp\b|xargs\b.*\bcp\b).*" + _HOME + r"/Documents/pdfs",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?rsync\s+(-\S+\s+)*['\"]?" + _HOME + r"/Downloads/['\"]?\*\.pdf\s+['\"]?" + _HOME + r"/Documents/pdfs/?['\"]?\s*$"),
    # ref: for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done
    case("rename all the .jpeg files in this folder so they end in .jpg instead",
         r"^for\s+(?P<v>\w+)\s+in\s+\*\.jpeg\s*;\s*do\s+mv\s+(-\S+\s+)*['\"]?\$\{?(?P=v)\}?['\"]?\s+.*jpg",
         r"^(rename|file-rename|prename|perl-rename)\s+(-\S+\s+)*['\"]s/.*jpe?g.*/.*jpg.*['\"]\s+\*\.jpeg\s*$",
         r"^rename\.ul\s+(-\S+\s+)*['\"]?\.?jpeg['\"]?\s+['\"]?\.?jpg['\"]?\s+\*\.jpeg\s*$"),
    # ref: find /etc -name config.yaml 2>/dev/null
    case("is there a file called config.yaml anywhere under /etc?",
         r"^" + SUDO + r"find\s+/etc/?\s.*-i?name\s+['\"]?config\.yaml['\"]?",
         r"^(p?locate)\b.*(/etc.*config\.yaml|config\.yaml.*\|\s*grep\b.*/etc)"),
    # ref: find ~ -type f -size +1G -exec ls -lh {} +
    case("any files over 1G in my home dir? list them with their sizes",
         r"^" + SUDO + r"find\s+['\"]?" + _HOME + r"/?['\"]?\s(?=.*-size\s+\+(1G|1024M|1048576k)(\s|$))(?=.*(\bls\b|\bdu\b|-printf\s.*%k?s|%k))"),
    # ref: grep -rl 'api_key' ~/projects/site
    case("which files in ~/projects/site mention api_key",
         r"^grep\b(?=.*\s-\w*[rR])(?=.*\s['\"]?api_key['\"]?\s)(?=.*\s['\"]?" + _HOME + r"/projects/site/?['\"]?(\s|$))",
         r"^(rg|ag)\b(?=.*\bapi_key\b)(?=.*" + _HOME + r"/projects/site)"),

    # ---- disk (9) ----
    # ref: df -h
    case("how much free space is left on my drives",
         r"^df\b(?!.*(\s-\w*i|--inodes))",
         r"^duf\b"),
    # ref: du -h --max-depth=1 ~ | sort -rh | head -n 10
    case("whats eating all the space in my home folder? top 10 biggest folders pls",
         r"^" + SUDO + r"du\b[^|]*" + _HOME + r"[^|]*\|\s*sort\s+(?=[^|]*-\w*r)(?=[^|]*-\w*[hn])[^|]*\|\s*head\s+(-n\s*10|-10|--lines=10)\s*$",
         r"^" + SUDO + r"du\b[^|]*" + _HOME + r"[^|]*\|\s*sort\s+(?![^|]*-\w*r)(?=[^|]*-\w*[hn])[^|]*\|\s*tail\s+(-n\s*10|-10|--lines=10)\s*$"),
    # ref: du -sh ~/Videos
    case("how big is my ~/Videos folder",
         r"^du\b(?=.*\s-\w*s)(.*\s)?['\"]?" + _HOME + r"/Videos/?['\"]?\s*$",
         r"^du\b(?=.*\s-\w*c)(.*\s)?['\"]?" + _HOME + r"/Videos/?['\"]?\s*\|\s*tail\s+(-n\s*)?-?1\s*$"),
    # ref: lsblk
    case("check what disks and partitions i have plugged in",
         r"^" + SUDO + r"(lsblk|fdisk\s+-l|parted\s+-l|blkid)\b",
         r"^" + SUDO + r"lshw\s+(-\S+\s+)*-(c|class)\s+(disk|volume)\b"),
    # ref: sudo mount /dev/sdb1 /mnt/usb
    case("my usb stick is /dev/sdb1, mount it at /mnt/usb",
         r"(^|&&\s*)" + SUDO + r"mount\b(?!.*\s-\w*[ar]\b)(?=.*\s/dev/sdb1\s+/mnt/usb/?\s*$)"),
    # ref: sudo umount /media/user/KINGSTON
    case("safely unmount /media/user/KINGSTON before i yank it out",
         r"^" + SUDO + r"(umount|eject)\s+(-\w+\s+)*['\"]?/media/user/KINGSTON/?['\"]?\s*$",
         r"^gio\s+mount\s+(-u|--unmount|-e|--eject)\s+['\"]?/media/user/KINGSTON/?['\"]?\s*$"),
    # ref: sudo mkfs.ext4 -L BACKUP /dev/sdc1
    case("wipe the usb at /dev/sdc1 and format it as ext4, label it BACKUP",
         r"(^|&&\s*|;\s*)" + SUDO + r"mkfs(\.ext4|\s+-t\s+ext4)\b(?=.*\s-L\s*['\"]?BACKUP\b)(?=.*\s/dev/sdc1(\s|$))",
         dangerous=True),
    # ref: df -i /
    case("how many inodes are left on /",
         r"^df\b(?=.*(\s-\w*i|--inodes))(?!.*\s/\S)"),
    # ref: gio trash --empty
    case("empty my trash from the terminal",
         r"^gio\s+trash\s+--empty\s*$",
         r"^trash-empty\b",
         r"^rm\s+-\w*[rR]\w*\s+(-\w+\s+)*(['\"]?" + _HOME + r"/\.local/share/Trash/?(\*|files/?\*?|info/?\*?|\{files,info\}/?\*?)?['\"]?\s*)+$",
         dangerous=True),

    # ---- processes (9) ----
    # ref: pkill firefox
    case("firefox froze again, kill it",
         r"^(pkill|killall)\s+(-\w+\s+)*firefox\s*$",
         r"^kill\s+(-\w+\s+)*\$\(\s*(pgrep|pidof)\s+(-\w+\s+)*firefox\s*\)\s*$",
         r"^(pgrep|pidof)\s+(-\w+\s+)*firefox\s*\|\s*xargs\s+(-r\s+)?kill\b",
         dangerous=True),
    # ref: ps aux --sort=-%cpu | head
    case("whats using all my cpu right now",
         r"^(top|htop|btop|atop)\b",
         r"^ps\b.*--sort[= ]-(%?cpu|pcpu)\b",
         r"^ps\b.*\|\s*sort\b(?=[^|]*-\w*r)(?=[^|]*-\w*k\s*3)"),
    # ref: ps aux --sort=-%mem | head -n 6
    case("which 5 processes are hogging the most memory",
         r"^ps\b.*--sort[= ]-(%?mem|pmem|rss)\b.*\|\s*head\s+(-n\s*|--lines=|-)[56]\s*$",
         r"^ps\b.*\|\s*sort\b(?=[^|]*-\w*r)(?=[^|]*-\w*k\s*[46])[^|]*\|\s*head\s+(-n\s*|--lines=|-)[56]\s*$"),
    # ref: pgrep -a nginx
    case("is nginx running",
         r"^(pgrep|pidof)\s+(-\w+\s+)*nginx\s*$",
         r"^ps\b.*\|\s*grep\b.*nginx",
         r"^" + SUDO + r"systemctl\s+(status|is-active)\s+(--no-pager\s+)?nginx(\.service)?\b",
         r"^" + SUDO + r"service\s+nginx\s+status\s*$"),
    # ref: fuser -k 3000/tcp
    case("something is stuck on port 3000, kill whatever's listening there",
         r"^" + SUDO + r"fuser\b(?=.*\s-\w*k)(?=.*\s3000/tcp\b)",
         r"^" + SUDO + r"kill\s+(-\S+\s+)?\$\(\s*(sudo )?lsof\b(?=[^)]*\s-\w*t)[^)]*-\w*i\s*(tcp|TCP)?:3000\b[^)]*\)\s*$",
         r"^" + SUDO + r"lsof\b(?=[^|]*\s-\w*t)[^|]*-\w*i\s*(tcp|TCP)?:3000\b[^|]*\|\s*xargs\s+(-r\s+)?(sudo )?kill\b",
         dangerous=True),
    # ref: nohup ./backup.sh > backup.log 2>&1 &
    case("how do i run backup.sh in the background so it keeps going after i close the terminal",
         r"^nohup\s+(bash\s+|sh\s+)?(\./)?backup\.sh\b.*&\s*$",
         r"^setsid\s+(-f\s+.*backup\.sh|.*backup\.sh.*&\s*$)",
         r"^(bash\s+|sh\s+)?(\./)?backup\.sh\b.*&\s*disown\b",
         r"^(screen\s+-dm\w*|tmux\s+new(-session)?\s+-d\b).*backup\.sh"),
    # ref: ps -o etime= -p 4321
    case("how long has pid 4321 been running",
         r"^ps\b(?=.*\b(etime|etimes|lstart|start_time|start|stime)\b)(?=.*(-p\s*|--pid[= ]|\s)4321\b)"),
    # ref: kill -STOP 8812
    case("pause process 8812 for now, i'll resume it later",
         r"^" + SUDO + r"kill\s+(-STOP|-SIGSTOP|-s\s+(SIG)?STOP|-19|-s\s+19|-TSTP|-SIGTSTP|-s\s+(SIG)?TSTP|-20)\s+8812\s*$"),
    # ref: pstree -p
    case("can u show the processes as a tree so i can see what started what",
         r"^pstree\b",
         r"^ps\b.*(--forest|\s-\w*H|\s[a-zA-Z]*f[a-zA-Z]*(\s|$))"),

    # ---- network & remote (10) ----
    # ref: sudo ss -tulpn
    case("ports in use / listening on this box?",
         r"^" + SUDO + r"ss\b(?=.*\s-\w*l)",
         r"^" + SUDO + r"netstat\b(?=.*\s-\w*l)",
         r"^" + SUDO + r"lsof\s+(?=.*-\w*i)(?=.*LISTEN)"),
    # ref: hostname -I
    case("what's my local ip address",
         r"^hostname\s+(-I|--all-ip-addresses)\b",
         r"^ip\s+(-\w+\s+)*(a|addr|address)(\s+show)?\b",
         r"^ip\s+(-\w+\s+)*route\s+get\b",
         r"^ifconfig\b",
         r"^nmcli\b.*(IP4|dev(ice)?\s+show)"),
    # ref: curl -s ifconfig.me
    case("whats my public ip",
         r"^(curl|wget)\b.*(ifconfig\.me|icanhazip\.com|ipinfo\.io|api\.ipify\.org|ipecho\.net|checkip\.amazonaws\.com|ifconfig\.co|ident\.me|ip\.me|wtfismyip\.com|myip\.)",
         r"^dig\b.*myip\.opendns\.com"),
    # ref: ssh pi@192.168.1.50
    case("ssh into my raspberry pi, it's 192.168.1.50 and the user is pi",
         r"^ssh\b(?=.*(\spi@192\.168\.1\.50(?![\d.])|\s-l\s*pi\s.*192\.168\.1\.50(?![\d.])|192\.168\.1\.50\s.*-l\s*pi\b))"),
    # ref: scp photos.zip mark@10.0.0.5:/srv/backups/
    case("copy photos.zip to my home server 10.0.0.5 into /srv/backups, username is mark",
         r"^(scp|rsync)\s+(-\S+\s+(ssh\s+|\d+\s+)?)*(\./)?photos\.zip\s+mark@10\.0\.0\.5:['\"]?/srv/backups/?['\"]?\s*$"),
    # ref: ping -c 4 google.com
    case("can u check if google.com is reachable",
         r"^ping\s+(-\S+\s+(\d+\s+)?)*google\.com(\s+-\S+(\s+\d+)?)*\s*$",
         r"^curl\b.*\bgoogle\.com",
         r"^wget\s+(?=.*--spider).*\bgoogle\.com"),
    # ref: wget -P ~/data https://example.com/files/dataset.csv
    case("download https://example.com/files/dataset.csv into ~/data",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?wget\b(?=.*(-P\s*|--directory-prefix[= ])['\"]?" + _HOME + r"/data/?['\"]?(\s|$))(?=.*https://example\.com/files/dataset\.csv)",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?wget\b(?=.*(-O\s*|--output-document[= ])['\"]?" + _HOME + r"/data/dataset\.csv)(?=.*https://example\.com/files/dataset\.csv)",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?curl\b(?=.*(\s-\w*o\s*|--output[= ])['\"]?" + _HOME + r"/data/dataset\.csv)(?=.*https://example\.com/files/dataset\.csv)",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?curl\b(?=.*--output-dir[= ]['\"]?" + _HOME + r"/data)(?=.*(\s-\w*O|--remote-name))(?=.*https://example\.com/files/dataset\.csv)",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?(cd|pushd)\s+['\"]?" + _HOME + r"/data/?['\"]?\s*&&\s*(wget|curl\s+(-\w*O\w*|--remote-name))\b.*https://example\.com/files/dataset\.csv"),
    # ref: dig mysite.dev ANY
    case("look up the dns records for mysite.dev",
         r"^(dig|host|nslookup|drill|resolvectl\s+query)\b.*\bmysite\.dev\b"),
    # ref: ssh-copy-id alex@192.168.0.20
    case("i want to log into 192.168.0.20 without typing a password, my user there is alex (i already have a key)",
         r"(^|&&\s*)ssh-copy-id\s+(-\S+\s+(\S+\s+)?)*alex@192\.168\.0\.20\s*$",
         r"^cat\s+" + _HOME + r"/\.ssh/id_\w+\.pub\s*\|\s*ssh\s+alex@192\.168\.0\.20\s+.*authorized_keys"),
    # ref: ssh -N -L 5432:localhost:5432 db.home.lan
    case("forward port 5432 from my server db.home.lan to my localhost so i can connect to postgres",
         r"^ssh\b(?=.*-\w*L\s*(localhost:|127\.0\.0\.1:)?5432:(localhost|127\.0\.0\.1|db\.home\.lan):5432\b)(?=.*(\s|@)db\.home\.lan(\s|$))"),

    # ---- archives (9) ----
    # ref: unzip photos_2023.zip -d photos
    case("unzip photos_2023.zip into a folder called photos",
         r"^unzip\s+(-\w+\s+)*(\./)?photos_2023\.zip\s+(-\w+\s+)*-d\s*['\"]?(\./)?photos/?['\"]?\s*$",
         r"^unzip\s+(-\w+\s+)*-d\s*['\"]?(\./)?photos/?['\"]?\s+(-\w+\s+)*(\./)?photos_2023\.zip\s*$",
         r"^7z\s+x\s+(-\S+\s+)*(\./)?photos_2023\.zip\s+(-\S+\s+)*-o['\"]?(\./)?photos/?['\"]?\s*$"),
    # ref: tar -czvf thesis.tar.gz -C ~/Documents thesis
    case("compress my ~/Documents/thesis folder into thesis.tar.gz",
         r"^tar\b(?=.*(\s-\w*z|(?<=^tar)\s+\w*z|--gzip|\s-a\b|--auto-compress))(?=.*(\s-\w*c|(?<=^tar)\s+\w*c|--create))(?=.*(-\w*f\s*|(?<=^tar)\s+\w*f\s+|--file[= ])(\./)?thesis\.tar\.gz\b).*(" + _HOME + r"/Documents/thesis/?|-C\s+" + _HOME + r"/Documents/?\s+thesis/?)(\s|$)"),
    # ref: tar -tzvf backup.tar.gz
    case("whats inside backup.tar.gz? dont extract it",
         r"^tar\b(?=.*(\s-\w*t|(?<=^tar)\s+\w*t|--list))(?!.*(\s-\w*x|(?<=^tar)\s+\w*x|--extract|--get)).*backup\.tar\.gz"),
    # ref: tar -xjf logs.tar.bz2 -C /tmp/logs
    case("extract logs.tar.bz2 to /tmp/logs",
         r"^(mkdir\s+-p\s+/tmp/logs/?\s*&&\s*)?tar\b(?=.*(\s-?[a-zA-Z]*x[a-zA-Z]*(\s|$)|--extract|--get))(?=.*(-C\s*|--directory[= ])/tmp/logs/?(\s|$)).*\blogs\.tar\.bz2\b"),
    # ref: zip -r src.zip src
    case("zip up the whole src folder as src.zip",
         r"^zip\b(?=.*\s-\w*r)\s+(-\S+\s+)*(\./)?src\.zip\s+(-\S+\s+)*(\./)?src/?(\s|$)",
         r"^7z\s+a\s+(-\S+\s+)*(\./)?src\.zip\s+(\./)?src/?(\s|$)"),
    # ref: tar -xJf node-v20.tar.xz
    case("unpack node-v20.tar.xz here",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*x[a-zA-Z]*(\s|$)|--extract))(?!.*(\s-C\s|--directory)).*node-v20\.tar\.xz",
         r"^xz\s+-\w*d\w*\b.*node-v20\.tar\.xz\s*\|\s*tar\s+-?\w*x"),
    # ref: tar -xzf site-backup.tar.gz config/settings.json
    case("extract only config/settings.json out of site-backup.tar.gz",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*x[a-zA-Z]*(\s|$)|--extract|--get))(?=.*site-backup\.tar\.gz)(?=.*\s['\"]?((\./)?config/settings\.json|\*/?(config/)?settings\.json)['\"]?(\s|$))"),
    # ref: gzip -k access.log
    case("gzip access.log but keep the original",
         r"^(gzip|pigz)\b(?=.*(\s-\w*k|--keep))(.*\s)?(\./)?access\.log\s*$",
         r"^(gzip|pigz)\b(?=.*(\s-\w*c|--stdout))(.*\s)?(\./)?access\.log\s*>\s*(\./)?access\.log\.gz\s*$"),
    # ref: zip -e taxes.zip taxes.pdf
    case("make a password protected zip called taxes.zip with taxes.pdf in it",
         r"^zip\b(?=.*(\s-\w*e\b|--encrypt|\s-P\s*\S+))(?=.*\s(\./)?taxes\.zip\s+(\./)?taxes\.pdf\b)",
         r"^7z\s+a\b(?=.*\s-p)(?=.*\s(\./)?taxes\.zip\s+(\./)?taxes\.pdf\b)"),

    # ---- git (9) ----
    # ref: git reset --soft HEAD~1
    case("undo my last commit but keep the changes",
         r"^git\s+reset\s+((--soft|--mixed)\s+)?(HEAD|@)(~1?|\^)\s*$"),
    # ref: git checkout -b feature/login
    case("make a new branch called feature/login and switch to it",
         r"^git\s+(checkout\s+-b|switch\s+(-c|--create))\s+feature/login\s*$",
         r"^git\s+branch\s+feature/login\s*&&\s*git\s+(checkout|switch)\s+feature/login\s*$"),
    # ref: git blame -L 40,60 app.py
    case("who wrote lines 40 to 60 of app.py",
         r"^git\s+blame\b(?=.*-L\s*40,(60|\+21)\b)(?=.*\s(\./)?app\.py\b)",
         r"^git\s+log\b.*-L\s*40,60:(\./)?app\.py\b"),
    # ref: git restore index.html
    case("throw away all my local changes to index.html",
         r"^git\s+checkout\s+(HEAD\s+)?(--\s+)?(\./)?index\.html\s*$",
         r"^git\s+restore\s+(-\S+\s+)*(\./)?index\.html\s*$",
         dangerous=True),
    # ref: git log --oneline -5
    case("last 5 commits, one line each",
         r"^git\s+log\b(?=.*(--oneline|--pretty[= ]['\"]?(oneline|format:)|--format[= ]))(?=.*(\s-n\s*5|\s-5|--max-count[= ]5)(\s|$))"),
    # ref: git push -u origin dev
    case("push my branch dev to origin and set the upstream",
         r"^git\s+push\b(?=.*(\s-u\b|--set-upstream))(?!.*(\s-f\b|--force))(.*\s)?origin\s+dev(:dev)?(\s|$)"),
    # ref: git rm --cached secrets.env
    case("oops i committed secrets.env, remove it from git but keep the file on my disk",
         r"^git\s+rm\s+(?=.*--cached)(.*\s)?(\./)?secrets\.env(\s|$)"),
    # ref: git tag -a v1.2.0 -m "first stable"
    case("tag the current commit as v1.2.0 with the message 'first stable'",
         r"^git\s+tag\b(?=.*\sv1\.2\.0(\s|$))(?=.*(-m\s*|--message[= ])['\"]first stable['\"])"),
    # ref: git diff main..feature-x
    case("whats the difference between main and my feature-x branch",
         r"^git\s+diff\s+(-\S+\s+)*(main(\.\.\.?|\s+)feature-x|feature-x(\.\.\.?|\s+)main)\s*$",
         r"^git\s+log\b.*\bmain\.\.\.?feature-x\b"),

    # ---- packages (9) ----
    # ref: sudo apt install -y vlc
    case("can you install vlc for me",
         r"^(" + SUDO + r"apt(-get)?\s+update\s*&&\s*)?" + SUDO + r"apt(-get)?\s+install\s+(-\S+\s+)*vlc(\s+-\S+)*\s*$",
         r"^" + SUDO + r"snap\s+install\s+vlc\s*$"),
    # ref: sudo apt purge gimp
    case("remove gimp completely, config files and all",
         r"^" + SUDO + r"apt(-get)?\s+(purge|remove\s+--purge|--purge\s+remove)\s+(-\S+\s+)*gimp(\s+-\S+)*(\s*&&\s*" + SUDO + r"apt(-get)?\s+(-\S+\s+)*autoremove\b.*)?\s*$",
         dangerous=True),
    # ref: dpkg -l htop
    case("is htop installed?",
         r"^dpkg\s+(-l|-s|--status|--list)\s+htop\s*$",
         r"^dpkg-query\s+(-\S+\s+)*(-W|-l|-s|--show|--status)\b.*\bhtop\b",
         r"^apt\s+(list\s+(--installed\s+)?htop|policy\s+htop)\b",
         r"^apt-cache\s+policy\s+htop\b",
         r"^(which|command -v|type)\s+htop\s*$",
         r"^(dpkg\s+-l|apt\s+list\s+--installed)\s*\|\s*grep\b.*htop"),
    # ref: sudo apt update && sudo apt upgrade -y
    case("update everything on my system",
         r"^" + SUDO + r"apt(-get)?\s+update\s*(&&|;)\s*" + SUDO + r"apt(-get)?\s+(-\S+\s+)*(upgrade|full-upgrade|dist-upgrade)\b"),
    # ref: apt search markdown
    case("search apt for anything with markdown in it",
         r"^(apt|apt-cache)\s+search\s+(-\S+\s+)*['\"]?markdown['\"]?\s*(\|.*)?$"),
    # ref: dpkg -S /usr/bin/convert
    case("which package does /usr/bin/convert come from",
         r"^dpkg(-query)?\s+(-S|--search)\s+['\"]?/usr/bin/convert['\"]?\s*$",
         r"^dpkg(-query)?\s+(-S|--search)\s+['\"]?\$\((readlink|realpath)\b.*/usr/bin/convert",
         r"^apt-file\s+search\s+['\"]?/usr/bin/convert\b"),
    # ref: sudo apt install ~/Downloads/discord-0.0.50.deb
    case("install the discord deb i downloaded, its ~/Downloads/discord-0.0.50.deb",
         r"^" + SUDO + r"(apt(-get)?\s+install\s+(-\S+\s+)*|dpkg\s+(-i|--install)\s+)['\"]?" + _HOME + r"/Downloads/discord-0\.0\.50\.deb\b"),
    # ref: snap list
    case("what snaps do i have installed",
         r"^snap\s+list(\s+--all)?\s*$"),
    # ref: sudo apt autoremove
    case("clean out old packages that arent needed anymore",
         r"^" + SUDO + r"apt(-get)?\s+(-\S+\s+)*autoremove(\s+(-y|--yes|--purge))*\s*(&&\s*" + SUDO + r"apt(-get)?\s+(-\S+\s+)*(autoclean|clean)\s*)?$",
         dangerous=True),

    # ---- text processing (9) ----
    # ref: grep -rn TODO --include='*.py' .
    case("grep for TODO in all the python files here, with line numbers",
         r"^grep\b(?=.*\s-\w*n)(?=.*\sTODO\s|.*\s['\"]TODO['\"]\s)(?=.*(--include[= ]?['\"]?\*\.py|\s\*\.py|\*\*/\*\.py))",
         r"^rg\b(?=.*\bTODO\b)(?=.*(-t\s*py|--type[= ]py|-g\s*['\"]?\*\.py))",
         r"^find\b.*\*\.py.*(-exec\s+grep|xargs\s+(-\S+\s+)*grep)\b(?=.*\s-\w*n)(?=.*TODO)"),
    # ref: wc -l data.csv
    case("how many lines are in data.csv",
         r"^wc\s+(-l|--lines)\s+(\./)?data\.csv\s*$",
         r"^wc\s+(-l|--lines)\s*<\s*(\./)?data\.csv\s*$",
         r"^cat\s+(\./)?data\.csv\s*\|\s*wc\s+(-l|--lines)\s*$",
         r"^awk\s+['\"]END\s*\{\s*print\s+NR;?\s*\}['\"]\s+(\./)?data\.csv\s*$"),
    # ref: sed -i 's/localhost/127.0.0.1/g' config.ini
    case("replace every localhost with 127.0.0.1 in config.ini",
         r"^sed\b(?=.*\s(-\w*i|--in-place))(?=.*['\"]?s(?P<d>[/|#:,@])(\\b|\\<)?localhost(\\b|\\>)?(?P=d)127\\?\.0\\?\.0\\?\.1(?P=d)g['\"]?)(?=.*\s(\./)?config\.ini\s*$)",
         dangerous=True),
    # ref: cut -d, -f2 scores.csv
    case("just show me the 2nd column of scores.csv (its comma separated)",
         r"^cut\s+(?=.*(-d\s*['\"]?,['\"]?|--delimiter[= ]['\"]?,))(?=.*(-f\s*2|--fields[= ]2)(\s|$))(?=.*\s(\./)?scores\.csv(\s|$))",
         r"^awk\s+(?=.*(-F\s*['\"]?,|FS\s*=\s*['\"],))(?=.*print\s+\$2\s*;?\s*\})(?=.*\s(\./)?scores\.csv(\s|$))"),
    # ref: sort -u names.txt > names_clean.txt
    case("sort names.txt alphabetically, drop duplicate lines, and save it as names_clean.txt",
         r"^sort\b(?=.*(\s-\w*u|--unique))(?=.*\s(\./)?names\.txt\b)(?=.*(>\s*|\s-o\s*|--output[= ])(\./)?names_clean\.txt\s*$)",
         r"^sort\s+(-\S+\s+)*(\./)?names\.txt\s*\|\s*uniq\s*>\s*(\./)?names_clean\.txt\s*$"),
    # ref: tail -n 50 server.log
    case("last 50 lines of server.log real quick",
         r"^tail\s+(-n\s*50|-50|--lines[= ]50)\s+(\./)?server\.log\s*$",
         r"^tail\s+(\./)?server\.log\s+(-n\s*50|-50|--lines[= ]50)\s*$"),
    # ref: grep -ci error app.log
    case("how many lines in app.log mention error? any case",
         r"^grep\b(?=.*(\s-\w*i|--ignore-case))(?=.*(\s-\w*c|--count))(?=.*\s['\"]?error['\"]?\s)(?=.*\s(\./)?app\.log\s*$)",
         r"^grep\b(?=[^|]*(\s-\w*i|--ignore-case))(?![^|]*\s-\w*o)(?=[^|]*\s['\"]?error['\"]?\s)(?=[^|]*\s(\./)?app\.log\s*\|)[^|]*\|\s*wc\s+-l\s*$"),
    # ref: jq . response.json
    case("pretty print response.json",
         r"^jq\s+(-\S+\s+)*['\"]?\.['\"]?\s+(\./)?response\.json\s*$",
         r"^(cat\s+(\./)?response\.json\s*\|\s*jq(\s+['\"]?\.['\"]?)?|jq\s+['\"]?\.['\"]?\s*<\s*(\./)?response\.json)\s*$",
         r"^python3?\s+-m\s+json\.tool\s*<?\s*(\./)?response\.json\s*$"),
    # ref: awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -n 10
    case("which ips hit my site the most? top 10 from access.log, ip is the first field",
         r"^(cat\s+(\./)?access\.log\s*\|\s*)?(awk\s+['\"]\{\s*print\s+\$1;?\s*\}['\"](\s+(\./)?access\.log)?|cut\s+[^|]*-f\s*1\b[^|]*)\s*\|\s*sort\s*\|\s*uniq\s+-c\s*\|\s*sort\s+(?=[^|]*-\w*n)(?=[^|]*-\w*r)[^|]*\|\s*head\s+(-n\s*10|-10|--lines=10)\s*$"),

    # ---- permissions & ownership (9) ----
    # ref: chmod +x deploy.sh
    case("make deploy.sh executable",
         r"^chmod\s+([ugoa]*\+x|0?7[0-7][0-7]|u=rwx,go=rx)\s+(\./)?deploy\.sh\s*$"),
    # ref: sudo chown -R user:user /var/www/mysite
    case("getting permission denied in /var/www/mysite, make me the owner of the whole folder",
         r"^" + SUDO + r"chown\s+(-\w*R\w*|--recursive)\s+(-\S+\s+)*['\"]?(user|\$USER|\$\{USER\}|\$\(whoami\)|\$\(id -un\))['\"]?(:['\"]?(user|\$USER|\$\{USER\}|\$\(whoami\)|\$\(id -gn\)|\$\(id -g\))?['\"]?)?\s+/var/www/mysite/?\s*$",
         dangerous=True),
    # ref: ls -ld /srv/media
    case("who owns /srv/media and what are its permissions",
         r"^ls\b(?=.*\s-\w*d)(?=.*\s-\w*l)(.*\s)?/srv/media/?\s*$",
         r"^ls\b(?=.*\s-\w*a)(?=.*\s-\w*l)(.*\s)?/srv/media/?\s*$",
         r"^stat\b.*\s/srv/media/?\s*$",
         r"^namei\s+(-\w*[lo]\w*\s+)+/srv/media/?\s*$"),
    # ref: chmod 600 secret.key
    case("make secret.key readable only by me",
         r"^chmod\s+(0?[4-7]00|u=rw?x?,go=|go-rwx|og-rwx|g-rwx,o-rwx|go=|og=|u=rw?,g=,o=)\s+(\./)?secret\.key\s*$"),
    # ref: sudo usermod -aG docker user
    case("add me to the docker group so i dont need sudo all the time",
         r"^" + SUDO + r"usermod\b(?=.*(\s-\w*a|--append))(?=.*(-\w*G\s*|--groups[= ])docker\b).*\s['\"]?(user|\$USER|\$\{USER\}|\$\(whoami\))['\"]?\s*$",
         r"^" + SUDO + r"gpasswd\s+(-a|--add)\s+['\"]?(user|\$USER|\$\{USER\}|\$\(whoami\))['\"]?\s+docker\s*$",
         r"^" + SUDO + r"adduser\s+['\"]?(user|\$USER|\$\{USER\}|\$\(whoami\))['\"]?\s+docker\s*$"),
    # ref: find ~/public_html -type d -exec chmod 755 {} + && find ~/public_html -type f -exec chmod 644 {} +
    case("fix the permissions in ~/public_html: folders 755, files 644",
         r"^(?=find\s)(?=.*find\s+['\"]?" + _HOME + r"/public_html/?['\"]?\s+-type\s+d\b[^&;]*chmod\s+0?755\b)(?=.*find\s+['\"]?" + _HOME + r"/public_html/?['\"]?\s+-type\s+f\b[^&;]*chmod\s+0?644\b)",
         r"^find\s+['\"]?" + _HOME + r"/public_html/?['\"]?\s+(?=.*-type\s+d\s+-exec\s+chmod\s+0?755\b)(?=.*-type\s+f\s+-exec\s+chmod\s+0?644\b)",
         dangerous=True),
    # ref: chgrp -R family shared
    case("change the group of shared/ and everything inside it to family",
         r"^" + SUDO + r"chgrp\s+(-\w*R\w*|--recursive)\s+(-\S+\s+)*family\s+(\./)?shared/?\s*$",
         r"^" + SUDO + r"chown\s+(-\w*R\w*|--recursive)\s+(-\S+\s+)*(\w+|\$USER)?:family\s+(\./)?shared/?\s*$",
         dangerous=True),
    # ref: groups
    case("what groups am i in",
         r"^(groups|id(\s+-\w*G\w*)?)(\s+(user|\$USER|\$\(whoami\)))?\s*$"),
    # ref: sudo chmod +t /srv/shared
    case("set the sticky bit on /srv/shared so ppl cant delete each others files",
         r"^" + SUDO + r"chmod\s+([ugoa]*\+t|[0-7]?1[0-7]{3})\s+/srv/shared/?\s*$"),

    # ---- services & logs (9) ----
    # ref: systemctl status ssh
    case("is the ssh server running?",
         r"^" + SUDO + r"systemctl\s+(status|is-active)\s+(--no-pager\s+)?(ssh|sshd)(\.service)?(\s+--no-pager)?\s*$",
         r"^" + SUDO + r"service\s+(ssh|sshd)\s+status\s*$",
         r"^(pgrep|pidof)\s+(-\w+\s+)*sshd?\s*$"),
    # ref: sudo systemctl restart apache2
    case("restart apache, i changed the config",
         r"^(" + SUDO + r"(apache2ctl|apachectl)\s+(configtest|-t)\s*&&\s*)?" + SUDO + r"(systemctl\s+(restart|reload)\s+apache2(\.service)?|service\s+apache2\s+(restart|reload)|(apache2ctl|apachectl)\s+(-k\s+)?(restart|graceful))\s*$",
         dangerous=True),
    # ref: journalctl -u nginx -n 100
    case("show me the last 100 lines of the nginx service logs",
         r"^" + SUDO + r"journalctl\s+(?=.*(-u\s*|--unit[= ])nginx(\.service)?(\s|$))(?=.*(-n\s*100|--lines[= ]100)(\s|$))(?!.*(\s-f\b|--follow))",
         r"^" + SUDO + r"tail\s+(-n\s*100|-100|--lines[= ]100)\s+/var/log/nginx/\S+\s*$"),
    # ref: sudo systemctl enable docker
    case("make docker start automatically when the pc boots",
         r"^" + SUDO + r"systemctl\s+enable\s+(--now\s+)?docker(\.service|\.socket)?(\s+--now)?\s*$"),
    # ref: journalctl -b -p err
    case("what errors happened since the last boot",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-\w*b\b|--boot))(?!.*(-b\s*-1|--boot[= ]-1))(?=.*(-p\s*|--priority[= ])(err|3|0\.\.3|emerg\.\.err)\b)",
         r"^" + SUDO + r"dmesg\s+(?=.*(-l\s*|--level[= ])(emerg,alert,crit,)?err)"),
    # ref: tail -f /var/log/syslog
    case("follow the syslog live",
         r"^" + SUDO + r"tail\b(?=.*(\s-\w*[fF]|--follow))(.*\s)?/var/log/syslog\s*$",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-\w*f|--follow))(?!.*(-u\s|--unit))",
         r"^" + SUDO + r"less\s+\+F\s+/var/log/syslog\s*$"),
    # ref: sudo systemctl stop bluetooth
    case("stop the bluetooth service for now",
         r"^" + SUDO + r"(systemctl\s+stop\s+bluetooth(\.service)?|service\s+bluetooth\s+stop)\s*$",
         dangerous=True),
    # ref: systemctl --failed
    case("list all the services that failed",
         r"^" + SUDO + r"systemctl\s+(--user\s+)?(--failed|list-units\s+(?=.*(--failed|--state[= ]failed))|--state[= ]failed)"),
    # ref: sudo journalctl --vacuum-size=500M
    case("shrink the system journal logs down to 500M",
         r"^" + SUDO + r"journalctl\s+(-\S+\s+)*--vacuum-size[= ]500M\s*$",
         dangerous=True),

    # ---- system info & desktop (9) ----
    # ref: lsb_release -a
    case("what version of ubuntu am i on",
         r"^(lsb_release(\s+-\w+)*|cat\s+/etc/(os-release|lsb-release|issue)|hostnamectl(\s+status)?)\s*$",
         r"^grep\b.*\s/etc/(os-release|lsb-release)\s*$"),
    # ref: free -h
    case("how much ram do i have and how much is free",
         r"^free(\s+-\w+)*\s*$",
         r"^cat\s+/proc/meminfo\b",
         r"^grep\b.*\bMem\w*.*\s/proc/meminfo\s*$",
         r"^vmstat\s+-s\b"),
    # ref: uname -r
    case("which kernel am i running",
         r"^uname\s+(-\w*[ra]\w*|--kernel-release|--all)\s*$",
         r"^cat\s+/proc/version\s*$",
         r"^hostnamectl(\s+status)?\s*$"),
    # ref: lscpu
    case("whats the cpu in this thing? model and how many cores",
         r"^lscpu\b",
         r"^(cat|less|grep\b.*|awk\b.*)\s/proc/cpuinfo\b",
         r"^inxi\s+-\w*C"),
    # ref: uptime -p
    case("how long has my computer been on",
         r"^uptime(\s+(-p|--pretty|-s|--since))?\s*$",
         r"^cat\s+/proc/uptime\s*$",
         r"^w\s*$",
         r"^who\s+-b\s*$"),
    # ref: lspci | grep -i vga
    case("what graphics card do i have",
         r"^" + SUDO + r"lspci\b[^|]*\|\s*grep\s+(-\S+\s+)*['\"]?[^|]*\b(vga|VGA|3[dD]|[dD]isplay)\b",
         r"^" + SUDO + r"lshw\s+(-\S+\s+)*-(c|class)\s+(display|video)\b",
         r"^glxinfo\b.*\|\s*grep\b.*(renderer|Device|OpenGL)",
         r"^nvidia-smi\b",
         r"^inxi\s+-\w*G"),
    # ref: pactl set-sink-volume @DEFAULT_SINK@ 70%
    case("set my volume to 70 percent",
         r"^pactl\s+set-sink-volume\s+\S+\s+70%\s*$",
         r"^amixer\s+(-\w+\s+(\S+\s+)?)*s?set\s+['\"]?Master['\"]?\s+70%\s*$",
         r"^wpctl\s+set-volume\s+@DEFAULT_(AUDIO_)?SINK@\s+(70%|0\.70?)\s*$",
         r"^pamixer\s+--set-volume\s+70\s*$"),
    # ref: gnome-screenshot -f ~/Pictures/shot.png
    case("take a screenshot of the whole screen and save it as ~/Pictures/shot.png",
         r"^gnome-screenshot(?!.*\s-(w|a)\b)(?!.*--(window|area))(\s+-\S+)*\s+(-f\s*|--file[= ])['\"]?" + _HOME + r"/Pictures/shot\.png['\"]?\s*$",
         r"^(scrot|grim|maim)\s+(-\S+\s+)*['\"]?" + _HOME + r"/Pictures/shot\.png['\"]?\s*$",
         r"^import\s+-window\s+root\s+['\"]?" + _HOME + r"/Pictures/shot\.png['\"]?\s*$"),
    # ref: xrandr | grep '*'
    case("whats my screen resolution",
         r"^xrandr(\s+(-q|--query|--current|--listmonitors))?(\s*\|\s*grep\b.*)?\s*$",
         r"^xdpyinfo(\s*\|\s*grep\b.*(dimensions|resolution).*)?\s*$",
         r"^(gnome-randr|wlr-randr)(\s+query)?\s*$"),

    # ---- users & env & shell config (9) ----
    # ref: echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
    case("add ~/.local/bin to my PATH permanently",
         r"^(echo|printf)\s+(?=.*export\s+PATH=)(?=.*(\$HOME|~|/home/user|\$\{HOME\})/\.local/bin)(?=.*\$\{?PATH\}?).*>>\s*['\"]?" + _HOME + r"/\.(bashrc|profile|bash_profile)['\"]?(\s*(&&|;)\s*(source|\.)\s+\S+)?\s*$",
         r"^(echo|printf)\s+(?=.*export\s+PATH=)(?=.*(\$HOME|~|/home/user|\$\{HOME\})/\.local/bin)(?=.*\$\{?PATH\}?).*\|\s*tee\s+(-a|--append)\s+['\"]?" + _HOME + r"/\.(bashrc|profile|bash_profile)['\"]?(\s*>\s*/dev/null)?\s*$"),
    # ref: echo "alias gs='git status'" >> ~/.bashrc
    case("make an alias gs for git status in my bashrc",
         r"^(echo|printf)\s+(?=.*alias\s+gs=\\?['\"]git status\\?['\"]).*>>\s*['\"]?" + _HOME + r"/\.(bashrc|bash_aliases)['\"]?(\s*(&&|;)\s*(source|\.)\s+\S+)?\s*$"),
    # ref: sudo adduser sam
    case("create a new user called sam with a home directory",
         r"^" + SUDO + r"(adduser\s+(-\S+\s+)*sam|useradd\b(?=.*(\s-\w*m|--create-home))(.*\s)?sam)\s*$"),
    # ref: chsh -s /usr/bin/zsh
    case("change my login shell to zsh",
         r"^" + SUDO + r"chsh\s+(-s|--shell)\s+['\"]?((/usr)?/bin/zsh|\$\((which|command -v) zsh\))['\"]?(\s+['\"]?(user|\$USER|\$\(whoami\))['\"]?)?\s*$",
         r"^" + SUDO + r"usermod\s+(-s|--shell)\s+(/usr)?/bin/zsh\s+(user|\$USER)\s*$"),
    # ref: export API_URL=http://localhost:8000
    case("set API_URL=http://localhost:8000 for this terminal session",
         r"^export\s+API_URL=['\"]?http://localhost:8000/?['\"]?\s*$"),
    # ref: who
    case("who's logged in right now",
         r"^(who|w|users)(\s+-\w+)*\s*$",
         r"^loginctl\s+(list-sessions|list-users)\s*$"),
    # ref: sudo passwd pi
    case("change the password for the user pi",
         r"^" + SUDO + r"passwd\s+pi\s*$"),
    # ref: source ~/.bashrc
    case("reload my .bashrc without closing the terminal",
         r"^(source|\.)\s+['\"]?" + _HOME + r"/\.bashrc['\"]?\s*$",
         r"^exec\s+bash(\s+-l)?\s*$"),
    # ref: sudo deluser --remove-home olduser
    case("delete the user olduser along with their home folder",
         r"^" + SUDO + r"(deluser\s+(?=.*--remove-(home|all-files))(.*\s)?olduser|userdel\b(?=.*(\s-\w*r|--remove))(.*\s)?olduser)\s*$",
         dangerous=True),
)
