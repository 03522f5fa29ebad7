"""Third development set (part a): written without seeing the assistant's cookbook or code."""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

DEV3A: tuple[Case, ...] = (
    # ---- files & finding (22) ----
    # ref: sudo find /var/log -name '*.log' -size +50M
    case("find all .log files bigger than 50M under /var/log",
         r"^(sudo )?find\s+/var/log/?\s(?=.*-i?name ['\"]?\*\.log['\"]?)(?=.*-size \+50M\b)"),
    # ref: find ~/Documents -type f -mtime -2
    case("which files in ~/Documents did i change in the last 2 days",
         rf"^find\s+{_HOME}/Documents/?\s(?=.*(-mtime -2\b|-mmin -2880\b|-newermt ['\"]?(2 days ago|-2 ?days)))"),
    # ref: find src -type f | wc -l
    case("how many files r in src, counting subfolders too",
         r"^find\s+(\./)?src/?\s(?=[^|]*-type f)[^|]*\|\s*wc -l\s*$",
         r"^(fd|fdfind)\b(?=[^|]*(-t ?f|--type[= ]f))[^|]*\ssrc/?\s*\|\s*wc -l\s*$"),
    # ref: mv notes.txt notes-old.txt
    case("rename notes.txt to notes-old.txt",
         r"^mv\s+(-\w+\s+)*(\./)?notes\.txt\s+(\./)?notes-old\.txt\s*$"),
    # ref: cp -r config /tmp/config-backup
    case("copy the whole config folder to /tmp/config-backup",
         r"^cp\s+(-\S+\s+)*(-\w*[rRa]\w*|--recursive|--archive)\s+(-\S+\s+)*(\./)?config/?\s+/tmp/config-backup/?\s*$",
         r"^rsync\s+(-\S+\s+)*-\w*[ar]\w*\s+(-\S+\s+)*(\./)?config/?\s+/tmp/config-backup/?\s*$"),
    # ref: ln -s builds/v2.3 latest
    case("make a symlink called latest pointing at builds/v2.3",
         r"^ln\s+(-\w+\s+)*-\w*s\w*\s+(-\w+\s+)*(\S*/)?builds/v2\.3/?\s+(\./)?latest\s*$"),
    # ref: mkdir -p reports/2024/q1
    case("create the folders reports/2024/q1 in one go",
         r"^mkdir(?=.*(\s-\w*p|--parents))\s+(.*\s)?(\./)?reports/2024/q1/?(\s|$)"),
    # ref: touch .env
    case("touch a blank file named .env",
         r"^touch\s+(\./)?\.env\s*$", r"^(: ?)?> ?(\./)?\.env\s*$"),
    # ref: find ~/projects -type d -empty
    case("any empty directories in ~/projects?",
         rf"^find\s+{_HOME}/projects/?\s(?=.*-type d)(?=.*-empty)(?!.*(-delete|-exec|xargs))"),
    # ref: find /tmp/cache -type f -mtime +7 -delete
    case("delete every file in /tmp/cache older than 7 days",
         r"^find\s+/tmp/cache/?\s(?=.*-mtime \+[67]\b)(?=.*(-delete|-exec rm\b|\|\s*xargs\b.*\brm\b))",
         dangerous=True),
    # ref: find ~ -name docker-compose.yml
    case("where's docker-compose.yml? its somewhere in my home",
         rf"^find\s+{_HOME}/?\s.*-i?name ['\"]?docker-compose\.yml['\"]?",
         r"^(locate|plocate|mlocate)\b.*docker-compose\.yml",
         rf"^(fd|fdfind)\b.*docker-compose\.yml.*\s{_HOME}/?"),
    # ref: ls -t ~/Downloads/*.pdf
    case("pdfs in Downloads, newest first",
         r"^ls\b(?=.*\s-\w*t)(?!.*(\s-\w*r|--reverse)).*Downloads.*\.?pdf"),
    # ref: mv ~/Desktop/*.jpg ~/Pictures/old/
    case("move all the jpgs from my Desktop into ~/Pictures/old",
         rf"^mv\s+(-\w+\s+)*{_HOME}/Desktop/\*\.jpg\s+(-\w+\s+)*{_HOME}/Pictures/old/?\s*$",
         rf"^find\s+{_HOME}/Desktop/?\s.*-i?name ['\"]?\*\.jpg['\"]?.*(-exec mv|xargs\b.*\bmv)\b.*{_HOME}/Pictures/old"),
    # ref: find docs -name '*.md' | wc -l
    case("how many markdown files are there in docs (recursively)",
         r"^find\s+(\./)?docs/?\s[^|]*-i?name ['\"]?\*\.md['\"]?[^|]*\|\s*wc -l\s*$"),
    # ref: find /home/user -user root
    case("find files owned by root in /home/user",
         rf"^(sudo )?find\s+{_HOME}/?\s.*(-user root|-uid 0)\b"),
    # ref: sudo find / -type f -size +1G 2>/dev/null
    case("show files bigger than 1 gig anywhere on the system",
         r"^(sudo )?find\s+/\s(?=.*-size \+(1G|1024M|1048576k)\b)"),
    # ref: find ~/bin -name '*.sh' ! -executable
    case("find shell scripts in ~/bin that arent executable",
         rf"^find\s+{_HOME}/bin/?\s(?=.*\*\.sh)(?=.*(!|-not)\s+(-executable|-perm))"),
    # ref: rename 's/\.jpeg$/.jpg/' *.jpeg
    case("rename every .jpeg in this folder to .jpg",
         r"^(rename|file-rename|prename|perl-rename)\b.*jpeg.*jpg",
         r"^for \w+ in \*\.jpeg\s*;\s*do\s+mv\b.*\.jpg",
         r"^mmv\b.*jpeg.*jpg"),
    # ref: ln data.csv data-link.csv
    case("make a hard link to data.csv called data-link.csv",
         r"^ln(?!.*(\s-\w*s|--symbolic))\s+(-\w+\s+)*(\./)?data\.csv\s+(\./)?data-link\.csv\s*$"),
    # ref: cp report.pdf /media/user/KINGSTON/
    case("copy report.pdf onto my usb stick (/media/user/KINGSTON)",
         r"^(cp|rsync)\s+(-\S+\s+)*(\./)?report\.pdf\s+/media/user/KINGSTON/?\s*$"),
    # ref: rm -rf node_modules
    case("wipe out the node_modules folder",
         r"^rm(?=.*(\s-\w*[rR]|--recursive))\s+(-\S+\s+)*(\./)?node_modules/?\s*$",
         dangerous=True),
    # ref: cp settings.default.json settings.json
    case("overwrite settings.json with settings.default.json",
         r"^\\?cp\s+(-\S+\s+)*(\./)?settings\.default\.json\s+(\./)?settings\.json\s*$",
         r"^cat\s+(\./)?settings\.default\.json\s*>\s*(\./)?settings\.json\s*$",
         dangerous=True),

    # ---- disk usage (10) ----
    # ref: gio trash --empty
    case("empty my trash, need the space",
         r"^(gio\s+trash\s+--empty|trash-empty)\s*$",
         rf"^rm(?=.*(\s-\w*[rR]|--recursive))\s+(-\S+\s+)*({_HOME}/\.local/share/Trash(/(files/?\*?|info/?\*?|\*)?)?\s*)+$",
         dangerous=True),
    # ref: df -h /
    case("how much space is left on /",
         r"^df\b(\s+-\S+)*(\s+/)?\s*$"),
    # ref: du -sh ~/.cache
    case("how big is ~/.cache",
         rf"^du(?=.*(\s-\w*s|--summarize|--max-depth[= ]0|-d ?0))\s+(.*\s)?{_HOME}/\.cache/?\s*$"),
    # ref: sudo du -h --max-depth=1 /var | sort -rh | head -10
    case("top 10 biggest folders in /var",
         r"^(sudo )?du\b[^|]*\s/var(/\*)?/?(\s[^|]*)?\|\s*sort\s+(?=[^|]*-\w*[hn])(?=[^|]*-\w*r)[^|]*\|\s*head\s+-(n\s?)?10\b",
         r"^(sudo )?du\b[^|]*\s/var(/\*)?/?(\s[^|]*)?\|\s*sort\s+(?=[^|]*-\w*[hn])(?![^|]*-\w*r)[^|]*\|\s*tail\s+-(n\s?)?10\b"),
    # ref: ls -lh ~/Downloads/ubuntu-24.04-desktop-amd64.iso
    case("how big is ~/Downloads/ubuntu-24.04-desktop-amd64.iso in human readable",
         rf"^(ls(?=.*\s-\w*h)|du(?=.*\s-\w*h))\s+(.*\s)?{_HOME}/Downloads/ubuntu-24\.04-desktop-amd64\.iso\s*$"),
    # ref: du -sh ~/* | sort -h
    case("whats eating space in my home dir",
         rf"^(sudo )?du\b.*\s{_HOME}(/|\s|$)",
         rf"^ncdu\s+(-\S+\s+)*{_HOME}/?\s*$"),
    # ref: journalctl --disk-usage
    case("how much space do the journal logs take",
         r"^(sudo )?journalctl\s+--disk-usage\s*$",
         r"^(sudo )?du\b.*\s/var/log/journal/?\s*$"),
    # ref: sudo apt clean
    case("free up some space by clearing the apt cache",
         r"^(sudo )?apt(-get)? (clean|autoclean)\s*$"),
    # ref: sudo journalctl --vacuum-size=200M
    case("shrink the systemd journal down to 200M",
         r"^(sudo )?journalctl\s+--vacuum-size[= ]200M\s*$",
         dangerous=True),
    # ref: df -i
    case("inode usage on all filesystems",
         r"^df\s+(-\S+\s+)*(-\w*i\w*|--inodes)\s*$"),

    # ---- processes (14) ----
    # ref: pgrep -a nginx
    case("is nginx running?",
         r"^(pgrep\b.*\bnginx|pidof nginx|ps\b.*\|\s*grep\b.*(nginx|\[n\]ginx))",
         r"^(sudo )?(systemctl\s+(status|is-active)\s+nginx(\.service)?|service nginx status)\s*$"),
    # ref: pkill firefox
    case("kill firefox its frozen",
         r"^(sudo )?(pkill|killall)\s+(-\S+\s+)*firefox\s*$",
         r"^(sudo )?kill\s+(-\S+\s+)*\$\(pgrep\s+(-\S+\s+)*firefox\)\s*$",
         dangerous=True),
    # ref: ps aux --sort=-%cpu | head
    case("what's using the most cpu right now",
         r"^ps\b.*--sort[= ]-%?cpu",
         r"^ps\b.*\|\s*sort\b(?=[^|]*-\w*r)(?=[^|]*(-\w*k ?3|--key[= ]3))",
         r"^(top|htop)\b(?!.*-o\s*%?MEM)"),
    # ref: ps aux --sort=-%mem | head -6
    case("top 5 memory hogs",
         r"^ps\b(?=.*--sort[= ]-(%mem|rss))(?=.*\|\s*head -(n ?)?[56]\b)",
         r"^ps\b.*\|\s*sort\b(?=[^|]*-\w*r)(?=[^|]*(-\w*k ?[46]|--key[= ][46]))[^|]*\|\s*head -(n ?)?[56]\b"),
    # ref: fuser -k 3000/tcp
    case("kill whatever is on port 3000",
         r"^(sudo )?fuser(?=.*\s-\w*k)\s+(.*\s)?3000/tcp\s*$",
         r"^(sudo )?kill\s+(-\S+\s+)*\$\((sudo )?lsof\s+(?=[^)]*-\w*t)[^)]*-i\s*(tcp)?:3000\)\s*$",
         r"^(sudo )?lsof\s+(?=[^|]*-\w*t)[^|]*-i\s*(tcp)?:3000\s*\|\s*(sudo )?xargs\s+(-\S+\s+)*kill\b",
         dangerous=True),
    # ref: nohup ./backup.sh > backup.log 2>&1 &
    case("run backup.sh in the background so it keeps going after i log out",
         r"^nohup\s+(bash\s+|sh\s+)?(\./)?backup\.sh\b.*&\s*(disown\s*)?$",
         r"^setsid\s+(-\S+\s+)*(bash\s+|sh\s+)?(\./)?backup\.sh\b",
         r"^(bash\s+|sh\s+)?(\./)?backup\.sh\b.*&\s*disown\b",
         r"^(tmux new(-session)?\s+-d|screen\s+-dm\S*)\b.*backup\.sh"),
    # ref: renice -n 10 -p 4821
    case("lower the priority of process 4821",
         r"^(sudo )?renice\s+(-n\s*)?\+?([1-9]|1[0-9])\s+(-p\s+)?4821\s*$"),
    # ref: nice -n 19 make -j8
    case("start the build with low priority: make -j8",
         r"^nice\s+(-n\s*\+?\d+\s+|-\d+\s+|--adjustment=\+?\d+\s+)?make\s+-j\s?8\s*$"),
    # ref: jobs
    case("what jobs have i got running in the background in this shell",
         r"^jobs(\s+-\w+)?\s*$"),
    # ref: fg %2
    case("bring job 2 back to the foreground",
         r"^fg\s+%?2\s*$"),
    # ref: kill -9 9132
    case("force kill pid 9132",
         r"^(sudo )?kill\s+(-9|-KILL|-SIGKILL|-s\s+(9|KILL|SIGKILL))\s+9132\s*$",
         dangerous=True),
    # ref: ps -u www-data
    case("what processes is www-data running",
         r"^ps\b.*(-u|-U|--user[= ]|--User[= ])\s*www-data\b",
         r"^pgrep\b.*-u\s*www-data\b",
         r"^ps\b.*\|\s*grep\b.*www-data",
         r"^top\b.*-u\s*www-data\b"),
    # ref: ps -o etime= -p 1234
    case("how long has process 1234 been running",
         r"^ps\b(?=.*(-p\s*|--pid[= ]|\s)1234\b)(?=.*(etimes?|lstart|start_time|\bstart\b))"),
    # ref: pstree -p
    case("show the running processes as a tree",
         r"^pstree\b",
         r"^ps\b.*(--forest|\s-\w*H)",
         r"^ps\s+[a-zA-Z]*f[a-zA-Z]*(\s|$)"),

    # ---- network (18) ----
    # ref: hostname -I
    case("whats my local ip",
         r"^(hostname\s+(-I|--all-ip-addresses)|ip\s+(-\S+\s+)*(a|addr|address)\b|ifconfig\b|ip\s+(-\S+\s+)*route get\b)"),
    # ref: curl ifconfig.me
    case("my public ip pls",
         r"^(curl|wget)\b.*(ifconfig\.me|icanhazip\.com|ipinfo\.io|api\.ipify\.org|ifconfig\.co|checkip\.amazonaws\.com|ident\.me)",
         r"^dig\b.*myip\.opendns\.com"),
    # ref: sudo ss -tulpn
    case("ports in use",
         r"^(sudo )?(ss|netstat)\s+(-\S+\s+)*-\w*l",
         r"^(sudo )?lsof\b.*-i"),
    # ref: sudo lsof -i :5432
    case("what's listening on port 5432",
         r"^(sudo )?lsof\b.*-i\s*(tcp)?:5432\b",
         r"^(sudo )?(ss|netstat)\b.*5432\b",
         r"^(sudo )?fuser\s+(-\w+\s+)*5432/tcp\s*$"),
    # ref: ping -c 4 google.com
    case("ping google 4 times",
         r"^ping\s+(?=.*-c\s*4\b)(.*\s)?google\.com\b"),
    # ref: dig github.com
    case("dns lookup for github.com",
         r"^(dig|nslookup|host|drill|resolvectl query)\s+(\S+\s+)*github\.com\b"),
    # ref: resolvectl status
    case("which dns servers am i using",
         r"^(sudo )?(resolvectl|systemd-resolve)(\s+(status|dns|--status))?\s*$",
         r"^(cat|grep\b.*nameserver)\s+/etc/resolv\.conf\s*$",
         r"^nmcli\b.*(dns|DNS)"),
    # ref: wget -P ~/Downloads https://example.com/files/data.zip
    case("download https://example.com/files/data.zip into ~/Downloads",
         rf"^wget\b(?=.*(-P\s*|--directory-prefix[= ]){_HOME}/Downloads/?(\s|$))(?=.*https://example\.com/files/data\.zip)",
         rf"^wget\b(?=.*(-O\s*|--output-document[= ]){_HOME}/Downloads/data\.zip)(?=.*https://example\.com/files/data\.zip)",
         rf"^curl\b(?=.*(-\w*o\s*|--output[= ]){_HOME}/Downloads/data\.zip)(?=.*https://example\.com/files/data\.zip)",
         rf"^cd\s+{_HOME}/Downloads/?\s*&&\s*(wget\b|curl\s+(-\S+\s+)*-\w*O)\b.*https://example\.com/files/data\.zip"),
    # ref: ssh pi@192.168.1.50
    case("ssh into 192.168.1.50 as pi",
         r"^ssh\s+(?=.*(pi@192\.168\.1\.50\b|-l\s*pi\b))(.*\s)?(pi@)?192\.168\.1\.50\s*$"),
    # ref: scp backup.tar.gz deploy@10.0.0.5:/srv/backups/
    case("copy backup.tar.gz to my server deploy@10.0.0.5 in /srv/backups",
         r"^(scp|rsync)\s+(-e\s+\S+\s+|-\S+\s+)*(\./)?backup\.tar\.gz\s+deploy@10\.0\.0\.5:/srv/backups/?\s*$"),
    # ref: rsync -av ~/Photos/ nas.local:/volume1/photos/
    case("sync ~/Photos to the nas at nas.local:/volume1/photos, only copy whats changed",
         rf"^rsync(?!.*--delete)(?=.*\s-\w*[ar])\s+(.*\s)?{_HOME}/Photos/?\s+(\w+@)?nas\.local:/volume1/photos/?\s*$"),
    # ref: scp web01:/var/log/nginx/access.log .
    case("grab /var/log/nginx/access.log off the server web01 into the current dir",
         r"^(scp|rsync)\s+(-\S+\s+)*(\w+@)?web01:/var/log/nginx/access\.log\s+\./?\s*$"),
    # ref: nmcli dev wifi list
    case("list wifi networks around me",
         r"^(sudo )?nmcli\s+(-\S+\s+(\S+\s+)?)*d(ev(ice)?)?\s+wifi(\s+list\b.*)?\s*$",
         r"^(sudo )?iwlist\b.*\bscan",
         r"^(sudo )?iw\s+(dev\s+)?\S+\s+scan\b"),
    # ref: nmcli dev wifi connect CoffeeShop password latte123
    case("connect to the wifi CoffeeShop, password is latte123",
         r"^(sudo )?nmcli\s+d(ev(ice)?)?\s+wifi\s+connect\s+['\"]?CoffeeShop['\"]?\s+password\s+['\"]?latte123['\"]?"),
    # ref: nc -zv example.org 443
    case("check if port 443 is open on example.org",
         r"^(nc|ncat|netcat)(?=.*\s-\w*z)\s+(.*\s)?example\.org\s+443\b",
         r"^nmap\b(?=.*-p\s*443\b)(?=.*\bexample\.org\b)",
         r"^telnet\s+example\.org\s+443\s*$",
         r"^(timeout\s+\S+\s+)?bash\s+-c\s+['\"].*/dev/tcp/example\.org/443",
         r"^curl\b.*example\.org:443"),
    # ref: traceroute 1.1.1.1
    case("trace the route to 1.1.1.1",
         r"^(sudo )?(traceroute|tracepath|mtr)\s+(-\S+\s+)*1\.1\.1\.1\s*$"),
    # ref: ip route | grep default
    case("whats my default gateway",
         r"^ip\s+(-\S+\s+)*r(oute)?(\s+(show|list))?(\s+default)?(\s*\|\s*grep\b.*default)?\s*$",
         r"^(route -n|netstat -rn|netstat -nr)(\s*\|\s*grep\b.*(default|0\.0\.0\.0|UG))?\s*$"),
    # ref: sudo systemctl restart NetworkManager
    case("restart networking, my connection is dead",
         r"^(sudo )?systemctl\s+restart\s+(NetworkManager|network-manager)(\.service)?\s*$",
         r"^(sudo )?service\s+(NetworkManager|network-manager)\s+restart\s*$",
         r"^(sudo )?nmcli\s+networking\s+off\s*&&\s*(sudo )?nmcli\s+networking\s+on\s*$",
         dangerous=True),

    # ---- archives & compression (14) ----
    # ref: zip -r reports.zip reports
    case("zip up the reports folder",
         r"^zip\b(?=.*\s-\w*r)(?=.*\s\S+\.zip\b).*\s(\./)?reports/?(\s|$)",
         r"^(7z|7za|7zz)\s+a\s+(-\S+\s+)*\S+\.zip\s+(\./)?reports/?\s*$"),
    # ref: tar -xzf backup.tar.gz -C /opt/app
    case("extract backup.tar.gz into /opt/app",
         r"^(sudo )?(?=tar\s+-?[A-Za-z]*x|.*\s-[A-Za-z]*x|.*--extract)tar\b(?=.*(-C\s*|--directory[= ])/opt/app/?(\s|$))(?=.*\s(\./)?backup\.tar\.gz\b)"),
    # ref: tar -tf archive.tar.xz
    case("whats inside archive.tar.xz? dont extract it",
         r"^(?=tar\s+-?[A-Za-z]*t|.*\s-[A-Za-z]*t|.*--list)(?!tar\s+-?[A-Za-z]*x|.*\s-[A-Za-z]*x|.*--extract)tar\b.*\s(\./)?archive\.tar\.xz\b",
         r"^(xz|unxz|xzcat)\s+(-\S+\s+)*(\./)?archive\.tar\.xz\s*\|\s*tar\s+-?[A-Za-z]*t"),
    # ref: tar -czf src-backup.tar.gz src
    case("make a tar.gz of src called src-backup.tar.gz",
         r"^(?=tar\s+-?[A-Za-z]*c|.*\s-[A-Za-z]*c|.*--create)(?=tar\s+-?[A-Za-z]*[za]|.*\s-[A-Za-z]*[za]|.*--gzip|.*--auto-compress|.*-I\s*pigz)tar\b(.*\s)?(\./)?src-backup\.tar\.gz\s+(\./)?src/?\s*$"),
    # ref: unzip photos.zip -d photos
    case("unzip photos.zip into a folder called photos",
         r"^unzip\s+(?=.*-d\s*(\./)?photos/?(\s|$))(.*\s)?(\./)?photos\.zip\b",
         r"^(7z|7za|7zz)\s+x\s+(?=.*-o(\./)?photos/?(\s|$))(.*\s)?(\./)?photos\.zip\b"),
    # ref: xz -9 huge.log
    case("compress huge.log with xz, max compression",
         r"^xz(?=.*(\s-\w*9|--best))(?!.*(\s-\w*d|--decompress))\s+(.*\s)?(\./)?huge\.log\s*$"),
    # ref: gunzip -k data.csv.gz
    case("gunzip data.csv.gz but keep the .gz",
         r"^(gunzip|gzip(?=.*(\s-\w*d|--decompress)))(?=.*(\s-\w*k|--keep))\s+(.*\s)?(\./)?data\.csv\.gz\s*$",
         r"^(zcat|gunzip\s+-c|gzip\s+-dc|gzip\s+-cd)\s+(\./)?data\.csv\.gz\s*>\s*(\./)?data\.csv\s*$"),
    # ref: 7z x old.7z
    case("extract everything from old.7z",
         r"^(7z|7za|7zz|7zr)\s+[xe]\b.*\s(\./)?old\.7z\b",
         r"^unar\s+(-\S+\s+)*(\./)?old\.7z\b"),
    # ref: zip -e secrets.zip secrets.txt
    case("create a password protected zip of secrets.txt",
         r"^zip(?=.*(\s-\w*e|--encrypt|\s-P\s))\s+(.*\s)?\S+\.zip\s+(\./)?secrets\.txt\s*$",
         r"^(7z|7za|7zz)\s+a(?=.*\s-p)\s+(.*\s)?\S+\.(7z|zip)\s+(\./)?secrets\.txt\s*$"),
    # ref: tar --exclude='*.tmp' -czf docs.tar.gz ~/Documents
    case("back up ~/Documents into docs.tar.gz but skip any .tmp files",
         rf"^(?=tar\s+-?[A-Za-z]*c|.*\s-[A-Za-z]*c|.*--create)tar\b(?=.*--exclude[= ]['\"]?\*\.tmp['\"]?)(?=.*\s(\./)?docs\.tar\.gz\b)(?=.*\s{_HOME}/Documents/?(\s|$))"),
    # ref: zcat /var/log/syslog.2.gz
    case("read /var/log/syslog.2.gz without unzipping it",
         r"^(sudo )?(zcat|zless|zmore|gunzip\s+-c|gzip\s+-dc|gzip\s+-cd)\s+/var/log/syslog\.2\.gz\b"),
    # ref: unzip -l bundle.zip
    case("list the files in bundle.zip",
         r"^(unzip\s+-\w*[lvZ]\w*|zipinfo|7z\s+l|zip\s+-sf)\s+(.*\s)?(\./)?bundle\.zip\b"),
    # ref: zip docs.zip notes.md
    case("add notes.md to the existing docs.zip",
         r"^zip\s+(-\S+\s+)*(\./)?docs\.zip\s+(\./)?notes\.md\s*$",
         r"^(7z|7za|7zz)\s+[au]\s+(\./)?docs\.zip\s+(\./)?notes\.md\s*$"),
    # ref: tar -xzf release.tar.gz config.yaml
    case("pull just config.yaml out of release.tar.gz",
         r"^(?=tar\s+-?[A-Za-z]*x|.*\s-[A-Za-z]*x|.*--extract)tar\b(.*\s)?(\./)?release\.tar\.gz\s+(.*\s)?['\"]?\S*config\.yaml['\"]?\s*$"),

    # ---- git (20) ----
    # ref: git log --oneline -5
    case("last 5 commits one line each",
         r"^git\s+log\b(?=.*(--oneline|--pretty[= ]oneline|--format[= ]|--pretty[= ]format))(?=.*(\s-5\b|\s-n\s*5\b|--max-count[= ]5\b))"),
    # ref: git diff
    case("what did i change that isnt staged yet",
         r"^git\s+(--no-pager\s+)?diff(\s+(--stat|--name-only|--name-status|--color\S*|--word-diff))*\s*$"),
    # ref: git diff --cached
    case("diff of the staged stuff",
         r"^git\s+diff\s+(.*\s)?(--cached|--staged)\b"),
    # ref: git switch -c feature/login
    case("create branch feature/login and switch to it",
         r"^git\s+(checkout\s+-b|switch\s+(-c|--create))\s+feature/login\s*$",
         r"^git\s+branch\s+feature/login\s*&&\s*git\s+(checkout|switch)\s+feature/login\s*$"),
    # ref: git branch -d old-experiment
    case("delete the local branch old-experiment",
         r"^git\s+branch\s+(-d|-D|--delete(\s+--force)?)\s+old-experiment\s*$",
         dangerous=True),
    # ref: git stash -u
    case("stash my changes, untracked files too",
         r"^git\s+stash(\s+push)?\s+(.*\s)?(-u|--include-untracked|-a|--all)\b"),
    # ref: git stash pop
    case("bring back the last stash",
         r"^git\s+stash\s+(pop|apply)(\s+(stash@\{0\}|0))?\s*$"),
    # ref: git remote add upstream https://github.com/acme/widget.git
    case("add a remote called upstream -> https://github.com/acme/widget.git",
         r"^git\s+remote\s+add\s+upstream\s+https://github\.com/acme/widget(\.git)?\s*$"),
    # ref: git remote -v
    case("which remotes does this repo have",
         r"^git\s+remote(\s+(-v|--verbose|show))?\s*$"),
    # ref: git tag -a v1.4.0 -m "release 1.4"
    case("tag this commit v1.4.0 with the message 'release 1.4'",
         r"^git\s+tag\s+(?=.*-m\s*['\"]release 1\.4['\"])(.*\s)?v1\.4\.0\b"),
    # ref: git push origin --tags
    case("push all my tags to origin",
         r"^git\s+push\b(?=.*--(follow-)?tags\b)(?!.*(\s-f\b|--force|--delete|\s-d\b))"),
    # ref: git reset --hard HEAD
    case("throw away all my local changes and go back to the last commit",
         r"^git\s+reset\s+--hard(\s+HEAD)?\s*$",
         r"^git\s+restore\s+(?=.*(--staged|-S\b))(?=.*(--worktree|-W\b))(.*\s)?\.\s*$",
         dangerous=True),
    # ref: git reset --soft HEAD~1
    case("undo my last commit but keep the changes",
         r"^git\s+reset\s+((--soft|--mixed)\s+)?HEAD(~1?|\^)\s*$"),
    # ref: git blame -L 120,120 src/app.py
    case("who wrote line 120 of src/app.py",
         r"^git\s+blame\s+(?=.*-L\s*['\"]?120(,(120|\+1))?\b)(.*\s)?(\./)?src/app\.py\b",
         r"^git\s+blame\s+(\./)?src/app\.py\s*\|\s*sed\s+-n\s+['\"]?120p"),
    # ref: git config --global user.email jane@example.com
    case("set my git email to jane@example.com for all repos",
         r"^git\s+config\s+--global\s+user\.email\s+['\"]?jane@example\.com['\"]?\s*$"),
    # ref: git log --author=alice --since="1 week ago"
    case("commits by alice in the last week",
         r"^git\s+log\b(?=.*--author[= ]['\"]?alice)(?=.*(--since|--after)[= ]['\"]?(1[ .]weeks?|7[ .]days|one[ .]week|a[ .]week|last[ .]week))"),
    # ref: git diff --name-only main develop
    case("which files changed between main and develop",
         r"^git\s+diff\s+(?=.*(--name-only|--name-status|--stat))(.*\s)?(main(\.\.\.?|\s+)develop|develop(\.\.\.?|\s+)main)\b"),
    # ref: git branch -m master main
    case("rename branch master to main",
         r"^git\s+branch\s+(-m|-M|--move)\s+master\s+main\s*$"),
    # ref: git show a1b2c3d
    case("show me what changed in commit a1b2c3d",
         r"^git\s+show\b.*\ba1b2c3d\b",
         r"^git\s+diff\s+a1b2c3d(~1?|\^)\s+a1b2c3d\s*$",
         r"^git\s+diff\s+a1b2c3d\^!\s*$"),
    # ref: git push --force-with-lease
    case("force push my branch, i rebased",
         r"^git\s+push\b(?=.*(--force-with-lease|--force\b|\s-f\b))",
         dangerous=True),

    # ---- misc desktop (12) ----
    # ref: xdg-open report.pdf
    case("open report.pdf with the default app",
         r"^(xdg-open|gio open|gnome-open)\s+(\./)?report\.pdf\b"),
    # ref: xdg-open .
    case("open this folder in the file manager",
         rf"^(xdg-open|gio open|nautilus|nemo|thunar)\s+(\.|\./|{_HOME}/project/?)\s*(&\s*)?$"),
    # ref: wl-copy < ~/.ssh/id_ed25519.pub
    case("copy my ssh public key (~/.ssh/id_ed25519.pub) to the clipboard",
         rf"^(xclip\b(?=.*-sel(ection)?\s+c(lip(board)?)?\b)|xsel\b(?=.*(\s-\w*b|--clipboard))|wl-copy\b).*{_HOME}/\.ssh/id_ed25519\.pub\s*$",
         rf"^cat\s+{_HOME}/\.ssh/id_ed25519\.pub\s*\|\s*(xclip\b(?=.*-sel(ection)?\s+c(lip(board)?)?\b)|xsel\b(?=.*(\s-\w*b|--clipboard))|wl-copy\b)"),
    # ref: xclip -selection clipboard -o > clip.txt
    case("dump whatever's in my clipboard into clip.txt",
         r"^(xclip\b(?=[^>]*(-o\b|-out\b))(?=[^>]*-sel(ection)?\s+c(lip(board)?)?\b)|xsel\b(?=[^>]*(\s-\w*o|--output))(?=[^>]*(\s-\w*b|--clipboard))|wl-paste\b)[^>]*>\s*(\./)?clip\.txt\s*$"),
    # ref: gnome-screenshot -f ~/Pictures/shot.png
    case("take a screenshot of the whole screen and save it to ~/Pictures/shot.png",
         rf"^gnome-screenshot(?!.*\s-\w*[wa]\b|.*--(window|area))\s+(.*\s)?(-f\s*|--file[= ]){_HOME}/Pictures/shot\.png\s*$",
         rf"^(scrot|grim)\s+(-\S+\s+)*{_HOME}/Pictures/shot\.png\s*$",
         rf"^import\s+-window\s+root\s+{_HOME}/Pictures/shot\.png\s*$"),
    # ref: gnome-screenshot -d 5
    case("screenshot in 5 seconds",
         r"^(gnome-screenshot|scrot)\b.*(-d\s*|--delay[= ])5\b",
         r"^sleep\s+5s?\s*(;|&&)\s*(gnome-screenshot|scrot|grim|import|spectacle)\b"),
    # ref: notify-send "coffee is ready"
    case("pop up a notification saying 'coffee is ready'",
         r"^notify-send\b.*coffee is ready"),
    # ref: sleep 600 && notify-send "stretch"
    case("remind me in 10 min to stretch with a desktop notification",
         r"^\(?\s*sleep\s+(600s?|10m)\s*(&&|;)\s*notify-send\b.*stretch",
         r"^echo\b.*notify-send\b.*stretch.*\|\s*at\s+now\s*\+\s*10\s*min"),
    # ref: brightnessctl set 50%
    case("set screen brightness to 50%",
         r"^(sudo )?brightnessctl\s+(-\S+\s+)*s(et)?\s+50%\s*$",
         r"^xrandr\b.*--brightness\s+0?\.5\b",
         r"^(sudo )?light\s+-S\s+50\s*$"),
    # ref: pactl set-sink-volume @DEFAULT_SINK@ +10%
    case("turn the volume up by 10%",
         r"^pactl\s+set-sink-volume\s+\S+\s+\+10%\s*$",
         r"^amixer\b.*s?set\s+['\"]?Master['\"]?\s+10%\+\s*$",
         r"^wpctl\s+set-volume\s+@DEFAULT_(AUDIO_)?SINK@\s+10%\+\s*$",
         r"^pamixer\s+(-i|--increase)\s+10\s*$"),
    # ref: pactl set-sink-mute @DEFAULT_SINK@ 1
    case("mute the sound",
         r"^pactl\s+set-sink-mute\s+\S+\s+(1|true|yes|toggle)\s*$",
         r"^amixer\b.*s?set\s+['\"]?Master['\"]?\s+(mute|toggle)\s*$",
         r"^wpctl\s+set-mute\s+@DEFAULT_(AUDIO_)?SINK@\s+(1|toggle)\s*$",
         r"^pamixer\s+(-m|--mute|-t|--toggle-mute)\s*$"),
    # ref: xdg-open https://docs.python.org
    case("open https://docs.python.org in my browser real quick",
         r"^(xdg-open|gio open|sensible-browser|x-www-browser|firefox|google-chrome|chromium)\s+(-\S+\s+)*['\"]?https://docs\.python\.org/?['\"]?\s*(&\s*)?$"),
)
