"""Development set 4a: requests written blind (session 4)"""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

DEV4A: tuple[Case, ...] = (
    # ---- files & finding (14) ----
    # ref: find /srv/app -type f -name "*.log" -size +50M
    case("find every .log file under /srv/app thats bigger than 50 megs",
         r"^" + SUDO + r"find\s+/srv/app/?\s(?!.*-delete)(?=.*-i?name\s+['\"]?\*\.log['\"]?)(?=.*-size\s+\+(50M|51200k)\b)",
         r"^fd\b(?=.*(-e\s*log\b|\\\.log|\*\.log))(?=.*(-S|--size)[= ]?\+50M\b)(?=.*\s/srv/app/?(\s|$))"),
    # ref: find src -type f -mtime -3
    case("which files in src did i change in the last 3 days",
         r"^find\s+(\./)?src/?\s(?!.*-delete)(?=.*(-[mc]time\s+-3\b|-[mc]min\s+-4320\b|-newermt\s+['\"]?(-3 ?days?|3 days ago)['\"]?))",
         r"^fd\b(?=.*--changed-within[= ]3d(ays?)?\b)(?=.*\s(\./)?src/?(\s|$))"),
    # ref: find frontend -type f -name "*.ts" | wc -l
    case("how many .ts files r in the frontend folder?",
         r"^find\s+(\./)?frontend/?\s(?=[^|]*-i?name\s+['\"]?\*\.ts['\"]?)[^|]*\|\s*wc\s+-l\s*$",
         r"^fd\b(?=[^|]*(-e\s*ts\b|\\\.ts\$?|\*\.ts))(?=[^|]*\s(\./)?frontend/?(\s|\|))[^|]*\|\s*wc\s+-l\s*$"),
    # ref: find ~ -name docker-compose.yml 2>/dev/null
    case("where the heck is docker-compose.yml, its somewhere in my home dir",
         r"^find\s+['\"]?" + _HOME + r"/?['\"]?\s(?=.*-i?name\s+['\"]?docker-compose\.yml['\"]?)",
         r"^(locate|plocate|mlocate)\b.*docker-compose\.yml",
         r"^fd\b(?=.*docker-compose\.yml)(?=.*\s" + _HOME + r"/?(\s|$))"),
    # ref: find ~/builds -type d -empty -delete
    case("clean out all the empty directories under ~/builds",
         r"^find\s+['\"]?" + _HOME + r"/builds/?['\"]?\s(?=.*-type\s+d\b)(?=.*-empty\b)(?=.*(-delete\b|-exec\s+rmdir\b|\|\s*xargs\b.*\brmdir\b))",
         dangerous=True),
    # ref: cp -a configs /mnt/backup/
    case("copy the whole configs folder to /mnt/backup and keep the permissions intact",
         r"^" + SUDO + r"cp\b(?=.*(\s-\w*a|--archive))(?=.*\s(\./)?configs/?\s+/mnt/backup/?\s*$)",
         r"^" + SUDO + r"cp\b(?=.*(\s-\w*[rR]|--recursive))(?=.*(\s-\w*p|--preserve))(?=.*\s(\./)?configs/?\s+/mnt/backup/?\s*$)",
         r"^" + SUDO + r"rsync\b(?!.*--delete)(?=.*(\s-\w*a|--archive))(?=.*\s(\./)?configs\s+/mnt/backup/?\s*$)"),
    # ref: for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done
    case("rename all the .jpeg files in here to .jpg",
         r"^(rename|file-rename|prename|perl-rename)\s+(-\w+\s+)*['\"]s/\\?\.?jpeg\$?/\.?jpg/g?['\"]\s+(\./)?\*\.jpeg\s*$",
         r"^rename\s+(-\w+\s+)*['\"]?\.jpeg['\"]?\s+['\"]?\.jpg['\"]?\s+(\./)?\*\.jpeg\s*$",
         r"^for\s+\w+\s+in\s+(\./)?\*\.jpeg\s*;\s*do\s+mv\s.*\.jpg\b.*;\s*done\s*$",
         r"^mmv\s+['\"]\*\.jpeg['\"]\s+['\"]#1\.jpg['\"]\s*$"),
    # ref: du -sh node_modules
    case("whats the total size of node_modules",
         r"^du\b(?=.*(\s-\w*s|--summarize|\s-d\s*0\b|--max-depth[= ]0\b))(?=.*\s(\./)?node_modules/?(\s|$))",
         r"^ncdu\s+(\./)?node_modules/?\s*$"),
    # ref: find ~ -user root
    case("any files owned by root hiding in my home folder?",
         r"^" + SUDO + r"find\s+['\"]?" + _HOME + r"/?['\"]?\s(?!.*-delete)(?=.*-user\s+(root|0)\b)"),
    # ref: find /usr/local/bin -xtype l
    case("look for broken symlnks in /usr/local/bin",
         r"^" + SUDO + r"find\s+/usr/local/bin/?\s(?!.*-delete)(.*\s)?-xtype\s+l\b",
         r"^" + SUDO + r"find\s+-L\s+/usr/local/bin/?\s(?!.*-delete)(.*\s)?-type\s+l\b",
         r"^" + SUDO + r"find\s+/usr/local/bin/?\s(?!.*-delete)(?=.*-type\s+l\b)(?=.*(!|-not)\s+-exec\s+test\s+-e\b)",
         r"^symlinks\s+(-(?!\w*d)\w+\s+)*/usr/local/bin/?\s*$"),
    # ref: mkdir -p myapp/{src,tests,docs}
    case("scaffold a project folder myapp with src, tests and docs inside",
         r"^mkdir\b(?=.*(\s-\w*p|--parents))(?=.*myapp/(src\b|\{[^}]*\bsrc\b))(?=.*myapp/(tests\b|\{[^}]*\btests\b))(?=.*myapp/(docs\b|\{[^}]*\bdocs\b))",
         r"^mkdir\s+(\./)?myapp/?\s(?=.*myapp/src\b)(?=.*myapp/tests\b)(?=.*myapp/docs\b)",
         r"^mkdir\s+(-p\s+)?(\./)?myapp\s*&&\s*cd\s+(\./)?myapp\s*&&\s*mkdir\s(?=.*\bsrc\b)(?=.*\btests\b)(?=.*\bdocs\b)"),
    # ref: mv ~/Desktop/*.png ~/Pictures/screenshots/
    case("move every png off my desktop into ~/Pictures/screenshots",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?mv\b(?=.*\s['\"]?" + _HOME + r"/Desktop/['\"]?\*\.png\b)(?=.*\s(-t\s*)?['\"]?" + _HOME + r"/Pictures/screenshots/?['\"]?(\s|$))",
         r"^find\s+['\"]?" + _HOME + r"/Desktop/?['\"]?\s(?=.*-i?name\s+['\"]?\*\.png['\"]?)(?=.*(-exec\s+mv\b|xargs\b.*\bmv\b))(?=.*" + _HOME + r"/Pictures/screenshots)"),
    # ref: ls -lt /etc/nginx
    case("list /etc/nginx with the newest stuff first",
         r"^" + SUDO + r"ls\b(?=.*\s-\w*t)(?!.*(\s-\w*r|--reverse))(?=.*\s/etc/nginx/?(\s|$))",
         r"^" + SUDO + r"ls\b(?=.*--sort[= ]time)(?!.*(\s-\w*r|--reverse))(?=.*\s/etc/nginx/?(\s|$))"),
    # ref: fdupes -r ~/Music
    case("got a bunch of duplicate songs in ~/Music, find them (dont delete anything)",
         r"^(fdupes|jdupes)\b(?=.*(\s-\w*r|--recurse))(?!.*(\s-\w*d|--delete))(?=.*\s['\"]?" + _HOME + r"/Music/?['\"]?(\s|$))",
         r"^rdfind\b(?!.*-(deleteduplicates|makehardlinks|makesymlinks)\s+true)(?=.*\s['\"]?" + _HOME + r"/Music/?['\"]?\s*$)",
         r"^find\s+['\"]?" + _HOME + r"/Music/?['\"]?\s.*(md5sum|sha\d*sum|b2sum).*\|\s*sort\b.*\|\s*uniq\s(.*\s)?(-\w*[dD]|--all-repeated|--repeated)"),

    # ---- disk (6) ----
    # ref: sudo du -h --max-depth=1 /var | sort -rh | head -n 10
    case("whats eating all the space in /var? top 10 dirs",
         r"^" + SUDO + r"du\b(?=[^|]*\s/var(/\*)?/?(\s|\|))[^|]*\|\s*sort\s[^|]*(-\w*r|--reverse)[^|]*\|\s*head\s+(-n\s*|-|--lines[= ])1[01]\s*$",
         r"^" + SUDO + r"du\b(?=[^|]*\s/var(/\*)?/?(\s|\|))[^|]*\|\s*sort\s(?![^|]*(-\w*r|--reverse))[^|]*\|\s*tail\s+(-n\s*|-|--lines[= ])1[01]\s*$"),
    # ref: df -h / /home
    case("how much room is left on / and /home",
         r"^df\b(?=.*\s/(\s|$))(?=.*\s/home/?(\s|$))",
         r"^df(\s+-[-\w=,]+)*\s*$"),
    # ref: lsblk /dev/sdb
    case("show me the partitions on /dev/sdb",
         r"^" + SUDO + r"lsblk\b(.*\s)?/dev/sdb\b",
         r"^" + SUDO + r"s?fdisk\s+(-\w*l\w*|--list)\s+/dev/sdb\s*$",
         r"^" + SUDO + r"parted\s+(-\w+\s+)*/dev/sdb\s+(unit\s+\w+\s+)?print\b",
         r"^" + SUDO + r"gdisk\s+-l\s+/dev/sdb\s*$"),
    # ref: sudo mkfs.exfat /dev/sdc1
    case("format the usb stick at /dev/sdc1 as exfat",
         r"^(" + SUDO + r"umount\s+/dev/sdc1\s*(&&|;)\s*)?" + SUDO + r"(mkfs\.exfat|mkexfatfs|mkfs\s+(-t|--type)\s+exfat)\s+(-\S+\s+(\S+\s+)?)*/dev/sdc1\s*$",
         dangerous=True),
    # ref: sudo mount /dev/nvme1n1p1 /mnt/data
    case("mount /dev/nvme1n1p1 on /mnt/data pls",
         r"^(" + SUDO + r"mkdir\s+-p\s+/mnt/data\s*&&\s*)?" + SUDO + r"mount\s+(-\S+\s+(\S+\s+)?)*/dev/nvme1n1p1\s+/mnt/data/?\s*$"),
    # ref: df -i
    case("think i ran out of inodes, can u check",
         r"^df\s(.*\s)?(-\w*i\w*|--inodes)(\s|$)"),

    # ---- processes (8) ----
    # ref: ps aux --sort=-%mem | head -n 6
    case("top 5 processes eating memory",
         r"^ps\s(?=[^|]*--sort[= ]-(%mem|pmem|rss|vsz|rssize|size)\b)[^|]*\|\s*head\s+(-n\s*|-|--lines[= ])[56]\s*$",
         r"^ps\s[^|]*\|\s*sort\s(?=[^|]*(-\w*r|--reverse))(?=[^|]*(-\w*k\s*|--key[= ])[46]\b)[^|]*\|\s*head\s+(-n\s*|-|--lines[= ])[56]\s*$",
         r"^top\b(?=.*\s-\w*b)(?=.*\s-o\s*['\"]?%?MEM)"),
    # ref: kill $(lsof -t -i:3000)
    case("kill whatever is listening on port 3000",
         r"^" + SUDO + r"fuser\b(?=.*\s-\w*k)(?=.*\s3000/tcp\b)",
         r"^" + SUDO + r"kill\s+(-\S+\s+)?\$\((sudo )?lsof\s(?=[^)]*-\w*t)(?=[^)]*-\w*i\s*(?i:tcp)?:3000\b)",
         r"^" + SUDO + r"lsof\s(?=[^|]*-\w*t)(?=[^|]*-\w*i\s*(?i:tcp)?:3000\b)[^|]*\|\s*(sudo )?xargs\s+(-\S+\s+)*(sudo )?kill\b",
         r"^npx\s+kill-port\s+3000\s*$",
         dangerous=True),
    # ref: pgrep -a postgres
    case("is postgres even running?",
         r"^pgrep\s(.*\s)?['\"]?postgres",
         r"^ps\s[^|]*\|\s*grep\s(.*\s)?['\"]?\[?p\]?ostgres",
         r"^" + SUDO + r"systemctl\s+(status|is-active)\s+postgresql(@\S+)?(\.service)?\s*$",
         r"^pidof\s+postgres\s*$",
         r"^" + SUDO + r"service\s+postgresql\s+status\s*$",
         r"^pg_lsclusters\s*$"),
    # ref: kill 48213
    case("end process 48213 gracefully",
         r"^" + SUDO + r"kill\s+((-15|-TERM|-SIGTERM|-s\s+(TERM|SIGTERM|15)|--signal[= ](TERM|SIGTERM|15))\s+)?48213\s*$",
         dangerous=True),
    # ref: nohup ./backup.sh > backup.log 2>&1 &
    case("run backup.sh in the background so it keeps going after i log out",
         r"^nohup\s+((ba)?sh\s+)?(\./)?backup\.sh\b.*&\s*(disown\s*)?$",
         r"^setsid\s+(-\w+\s+)*((ba)?sh\s+)?(\./)?backup\.sh\b",
         r"^(screen\s+(-\w+\s+)*-dm\w*|tmux\s+new(-session)?\s+(-\w+\s+)*-d\w*)\b.*backup\.sh\b",
         r"^((ba)?sh\s+)?(\./)?backup\.sh\b.*&\s*disown\b",
         r"^systemd-run\s.*backup\.sh\b"),
    # ref: renice -n 19 -p 9921
    case("drop pid 9921 to the lowest cpu priority",
         r"^" + SUDO + r"renice\s+(-n\s*|--priority\s+)?\+?19\s+(-p\s+|--pid\s+)?9921\s*$",
         r"^" + SUDO + r"renice\s+(-p\s+|--pid\s+)9921\s+(-n\s*|--priority\s+)\+?19\s*$"),
    # ref: pstree -p deploy
    case("process tree for user deploy",
         r"^pstree\s+(-\w+\s+)*deploy\s*$",
         r"^ps\b(?=.*(\s-\w*u\s*|\s-\w*U\s*|--user[= ]|\sU\s*)deploy\b)(?=.*(--forest|\s-\w*H|\s\w*f(\s|$)))"),
    # ref: ps -o etime= -C nginx
    case("how long has nginx been up?",
         r"^ps\s(?=.*\b(etimes?|lstart|start_time|bsdstart|start)\b)(?=.*nginx)",
         r"^" + SUDO + r"systemctl\s+(status\s+nginx(\.service)?\s*$|show\s+nginx(\.service)?\s.*ActiveEnterTimestamp)",
         r"^" + SUDO + r"service\s+nginx\s+status\s*$"),

    # ---- network & remote (12) ----
    # ref: ssh -p 2222 admin@192.168.1.50
    case("ssh into 192.168.1.50 as admin, its on port 2222",
         r"^ssh\b(?=.*(\s-p\s*2222\b|-o\s*['\"]?Port[= ]2222\b))(?=.*(\sadmin@192\.168\.1\.50\b|\s-l\s*admin\b))(?=.*192\.168\.1\.50\b)",
         r"^ssh\s+(-\S+\s+)*ssh://admin@192\.168\.1\.50:2222\b"),
    # ref: scp dump.sql nas.local:/backups/
    case("copy dump.sql over to nas.local into /backups",
         r"^(scp|rsync)\b(?=.*\s(\./)?dump\.sql\s)(?=.*\s(\w[\w.-]*@)?nas\.local:/backups/?\s*$)"),
    # ref: rsync -avz ~/Photos/ pi@10.0.0.12:/mnt/photos/
    case("sync ~/Photos to pi@10.0.0.12:/mnt/photos, only send whats changed",
         r"^rsync\b(?!.*--delete)(?=.*(\s-\w*[ar]|--archive|--recursive))(?=.*\s['\"]?" + _HOME + r"/Photos/?['\"]?\s)(?=.*\spi@10\.0\.0\.12:/mnt/photos/?\s*$)"),
    # ref: curl -L -o fzf.tar.gz https://github.com/junegunn/fzf/releases/download/v0.54.0/fzf-0.54.0-linux_amd64.tar.gz
    case("grab https://github.com/junegunn/fzf/releases/download/v0.54.0/fzf-0.54.0-linux_amd64.tar.gz and save it as fzf.tar.gz",
         r"^curl\b(?=.*(\s-\w*L|--location))(?=.*(\s-\w*o\s*|--output[= ])['\"]?(\./)?fzf\.tar\.gz\b)(?=.*https://github\.com/junegunn/fzf/releases/download/v0\.54\.0/fzf-0\.54\.0-linux_amd64\.tar\.gz)",
         r"^wget\b(?=.*(\s-\w*O\s*|--output-document[= ])['\"]?(\./)?fzf\.tar\.gz\b)(?=.*https://github\.com/junegunn/fzf/releases/download/v0\.54\.0/fzf-0\.54\.0-linux_amd64\.tar\.gz)"),
    # ref: curl ifconfig.me
    case("whats my public ip",
         r"^(curl|wget|http)\s.*\b(ifconfig\.(me|co)|icanhazip\.com|ipinfo\.io|ipify\.org|checkip\.amazonaws\.com|ident\.me|ipecho\.net|wtfismyip\.com|ip\.me|myip\.wtf)\b",
         r"^dig\s.*\b(myip\.opendns\.com|whoami\.akamai\.net|whoami\.cloudflare|o-o\.myaddr\.l\.google\.com)\b"),
    # ref: dig +short MX protonmail.com
    case("mx records for protonmail.com?",
         r"^dig\b(?=.*\s(?i:mx)(\s|$))(?=.*\sprotonmail\.com\b)",
         r"^host\s+-t\s*(?i:mx)\s+protonmail\.com\s*$",
         r"^nslookup\s+-(q|query|type|querytype)=(?i:mx)\s+protonmail\.com\s*$",
         r"^resolvectl\s+query\b(?=.*(-t\s*|--type[= ])(?i:mx)\b)(?=.*protonmail\.com)"),
    # ref: sudo ufw allow 8443/tcp
    case("open up port 8443 (tcp) on the firewall",
         r"^" + SUDO + r"ufw\s+allow\s+(in\s+)?8443/tcp\s*$",
         r"^" + SUDO + r"ufw\s+allow\b(?=.*\sproto\s+tcp\b)(?=.*\sport\s+8443\b)",
         r"^" + SUDO + r"iptables\s+-[AI]\s+INPUT\b(?=.*\s-p\s+tcp\b)(?=.*--dport\s+8443\b)(?=.*\s-j\s+ACCEPT\b)",
         r"^" + SUDO + r"firewall-cmd\s(.*\s)?--add-port=8443/tcp\b"),
    # ref: sudo ss -ltnp | grep :5432
    case("is anything listening on 5432",
         r"^" + SUDO + r"ss\s+-\w*l\w*\b(?=.*\b5432\b)",
         r"^" + SUDO + r"netstat\s+-\w*l\w*\b(?=.*\b5432\b)",
         r"^" + SUDO + r"lsof\b(?=.*-\w*i\s*(?i:tcp)?:5432\b)",
         r"^(nc|ncat|netcat)\s+(-\w+\s+)*-\w*z\w*\s+(-\w+\s+)*(localhost|127\.0\.0\.1)\s+5432\s*$",
         r"^" + SUDO + r"fuser\s+(-\w+\s+)*5432/tcp\s*$",
         r"^pg_isready\b"),
    # ref: ssh-copy-id bob@172.16.0.4
    case("copy my ssh key to bob@172.16.0.4 so i dont have to type the password every time",
         r"^ssh-copy-id\s+(-\S+\s+(\S+\s+)?)*bob@172\.16\.0\.4\s*$",
         r"^cat\s+['\"]?" + _HOME + r"/\.ssh/id_\w+\.pub['\"]?\s*\|\s*ssh\s+(-\S+\s+)*bob@172\.16\.0\.4\s.*>>\s*['\"]?\S*authorized_keys"),
    # ref: ssh-keygen -t ed25519 -C "work-laptop"
    case("new ed25519 ssh key pls, comment work-laptop",
         r"^ssh-keygen\b(?=.*-t\s*ed25519\b)(?=.*-C\s*['\"]?work-laptop['\"]?(\s|$))"),
    # ref: curl -s -o /dev/null -w "%{http_code}\n" https://api.internal.lan/health
    case("does https://api.internal.lan/health come back 200? just need the status code",
         r"^curl\b(?=.*https://api\.internal\.lan/health\b)(?=.*(%\{(http_code|response_code)\}|\s-\w*[Iiv]|--head\b|--include\b|--verbose\b|\s-\w*f|--fail\b))",
         r"^wget\b(?=.*https://api\.internal\.lan/health\b)(?=.*(\s-\w*S|--server-response|--spider))",
         r"^https?\s.*api\.internal\.lan/health\b"),
    # ref: ssh -N -L 8080:localhost:80 10.0.0.20
    case("tunnel my local port 8080 to port 80 on the webserver 10.0.0.20 over ssh",
         r"^ssh\b(?=.*-\w*L\s*((localhost|127\.0\.0\.1):)?8080:(localhost|127\.0\.0\.1|10\.0\.0\.20):80(\s|$))(?=.*\s(\w[\w.-]*@)?10\.0\.0\.20(\s|$))"),

    # ---- archives (7) ----
    # ref: unzip release.zip -d release
    case("unzip release.zip into a folder called release",
         r"^unzip\b(?!.*\s-\w*l)(?=.*\s(\./)?release\.zip\b)(?=.*\s-d\s*(\./)?release/?(\s|$))",
         r"^7z\s+x\b(?=.*\s(\./)?release\.zip\b)(?=.*\s-o(\./)?release/?(\s|$))"),
    # ref: tar -czf logs-2024-06.tar.gz logs
    case("tar.gz the logs dir, call it logs-2024-06.tar.gz",
         r"^tar\b(?=.*(\s-?\w*c\w*(\s|$)|--create))(?=.*(\s-?\w*z\w*(\s|$)|--gzip|\s-\w*a\w*(\s|$)|--auto-compress))(?=.*logs-2024-06\.tar\.gz)(?=.*\s(\./)?logs/?(\s|$))",
         r"^tar\s+-?c\w*f\s+-\s+(\./)?logs/?\s*\|\s*(gzip|pigz)\b.*>\s*logs-2024-06\.tar\.gz\s*$"),
    # ref: tar -tf backup.tar.xz
    case("whats inside backup.tar.xz? dont extract it",
         r"^tar\b(?=.*(\s-?\w*t\w*(\s|$)|--list))(?!.*(\s-?\w*x\w*(\s|$)|--extract|--get))(?=.*(\s|=)(\./)?backup\.tar\.xz\b)",
         r"^(xzcat|unxz\s+-c|xz\s+-dc)\s+(\./)?backup\.tar\.xz\s*\|\s*tar\s+-?\w*t",
         r"^(7z\s+l|atool\s+-l|als|bsdtar\s+-\w*t)\b.*backup\.tar\.xz"),
    # ref: sudo tar -xzf site.tar.gz -C /var/www/html
    case("extract site.tar.gz into /var/www/html",
         r"^" + SUDO + r"tar\b(?=.*(\s-?\w*x\w*(\s|$)|--extract|--get))(?=.*(\s|=)(\./)?site\.tar\.gz\b)(?=.*(\s-\w*C\s*|--directory[= ])['\"]?/var/www/html/?['\"]?(\s|$))"),
    # ref: zip -er docs.zip docs
    case("zip up the docs folder with a password on it",
         r"^zip\b(?=.*(\s-\w*e|--encrypt|\s-\w*P\s))(?=.*(\s-\w*r|--recurse-paths))(?=.*\s(\./)?docs/?\s*$)",
         r"^7z\s+a\b(?=.*\s-p)(?=.*\s(\./)?docs/?(\s|$))"),
    # ref: tar -xf app.tar config/settings.yaml
    case("pull just config/settings.yaml out of app.tar, not the rest",
         r"^tar\b(?=.*(\s-?\w*x\w*(\s|$)|--extract|--get))(?=.*(\s-?\w*f\s*|--file[= ])(\./)?app\.tar(\s|$))(?=.*\s(\./)?config/settings\.yaml(\s|$))"),
    # ref: gunzip -k data.csv.gz
    case("decompress data.csv.gz but keep the .gz too",
         r"^(gunzip|gzip(?=.*(\s-\w*d|--decompress|--uncompress)))(?=.*(\s-\w*k|--keep))(?=.*\s(\./)?data\.csv\.gz\s*$)",
         r"^(zcat|gunzip\s+(-\w*c\w*|--stdout)|gzip\s+(-\w*(dc|cd)\w*|-d\s+-c|-c\s+-d))\s+(\./)?data\.csv\.gz\s*>\s*(\./)?data\.csv\s*$"),

    # ---- git (12) ----
    # ref: git reset --soft HEAD~1
    case("undo my last comit but keep the changes",
         r"^git\s+reset\s+(--soft\s+|--mixed\s+)?(HEAD|@)(~1?|\^1?)\s*$",
         r"^git\s+reset\s+(HEAD|@)(~1?|\^1?)\s+--(soft|mixed)\s*$"),
    # ref: git switch -c feature/login-page
    case("new branch feature/login-page and switch to it",
         r"^git\s+(checkout\s+-b|switch\s+(-c|--create))\s+feature/login-page(\s+\S+)?\s*$"),
    # ref: git blame -L 40,60 src/server.js
    case("who wrote lines 40-60 of src/server.js",
         r"^git\s+blame\b(?=.*-L\s*['\"]?40,(\+21|60)['\"]?(\s|$))(?=.*\s(\./)?src/server\.js\b)",
         r"^git\s+log\b(?=.*-L\s*['\"]?40,60:(\./)?src/server\.js\b)"),
    # ref: git tag v2.3.1 && git push origin v2.3.1
    case("tag the current commit v2.3.1 and push the tag up",
         r"^git\s+tag\s+(-\S+\s+(['\"][^'\"]*['\"]\s+|\S+\s+)?)*v2\.3\.1\b.*&&\s*git\s+push\s+(\S+\s+)?(v2\.3\.1|refs/tags/v2\.3\.1|tag\s+v2\.3\.1|--tags|--follow-tags)(\s|$)"),
    # ref: git restore package-lock.json
    case("throw away my local edits to package-lock.json",
         r"^git\s+checkout\s+(HEAD\s+)?(--\s+)?(\./)?package-lock\.json\s*$",
         r"^git\s+restore\s+(?!(?=.*(--staged|-S\b))(?!.*(--worktree|-W\b)))(-\S+\s+)*(--\s+)?(\./)?package-lock\.json\s*$",
         dangerous=True),
    # ref: git diff --staged
    case("diff of what ive staged so far",
         r"^git\s+(--no-pager\s+)?diff\s+(.*\s)?--(staged|cached)\b"),
    # ref: git pull --rebase upstream main
    case("pull upstream main but rebase instead of merging",
         r"^git\s+pull\b(?=.*(--rebase\b|\s-r\b))(?!.*--rebase=false)(?=.*\supstream\s+main(\s|$))",
         r"^git\s+fetch\s+upstream(\s+main)?\s*&&\s*git\s+rebase\s+upstream/main\s*$"),
    # ref: git branch -d old-experiment
    case("delete local branch old-experiment, its merged already",
         r"^git\s+branch\s+(-d|-D|--delete)\s+old-experiment\s*$",
         dangerous=True),
    # ref: git log --oneline -15
    case("last 15 commits, one line each",
         r"^git\s+(--no-pager\s+)?log\b(?=.*(--oneline|--pretty[= ]|--format[= ]))(?=.*(\s-15\b|\s-n\s*15\b|--max-count[= ]15\b))",
         r"^git\s+(--no-pager\s+)?log\s(?=[^|]*(--oneline|--pretty|--format))[^|]*\|\s*head\s+(-n\s*|-)15\s*$"),
    # ref: git stash -u
    case("stash everything incl untracked files",
         r"^git\s+stash(\s+(push|save))?(?=.*\s(-\w*u\b|--include-untracked\b|-a\b|--all\b))"),
    # ref: git remote set-url origin git@github.com:acme/infra.git
    case("point origin at git@github.com:acme/infra.git instead",
         r"^git\s+remote\s+set-url\s+origin\s+['\"]?git@github\.com:acme/infra(\.git)?['\"]?\s*$"),
    # ref: git cherry-pick a1b2c3d
    case("bring commit a1b2c3d over onto my current branch",
         r"^git\s+cherry-pick\s+(-\w+\s+)*a1b2c3d\s*$"),

    # ---- packages (8) ----
    # ref: sudo apt install -y htop ncdu
    case("install htop and ncdu",
         r"^(" + SUDO + r"apt(-get)?\s+update\s*&&\s*)?" + SUDO + r"apt(-get)?\s+(-\S+\s+)*install(?=.*\shtop(\s|$))(?=.*\sncdu(\s|$))"),
    # ref: node --version
    case("do i have nodejs installed? what version",
         r"^((which|command\s+-v)\s+node(js)?\s*&&\s*)?node(js)?\s+(-v|--version)\s*$",
         r"^(dpkg\s+(-l|-s|--list|--status)|dpkg-query\s+(-l|-s|-W)|apt(-cache)?\s+policy|apt\s+list(\s+--installed)?)\s+['\"]?nodejs\b",
         r"^apt\s+list\s+--installed\s*\|\s*grep\s+(-\w+\s+)*['\"]?nodejs"),
    # ref: sudo apt purge -y mysql-server
    case("completely get rid of mysql-server including its config files",
         r"^" + SUDO + r"apt(-get)?\s+(-\S+\s+)*(purge|remove\s+--purge|--purge\s+remove)\s(.*\s)?['\"]?mysql-server",
         dangerous=True),
    # ref: sudo snap install vlc
    case("get vlc from snap",
         r"^" + SUDO + r"snap\s+install\s+(--\S+\s+)*vlc(\s+--\S+)*\s*$"),
    # ref: flatpak list --app
    case("what flatpak apps have i got installed",
         r"^flatpak\s+list\b(?!.*--runtime)"),
    # ref: pip install --user requests
    case("pip install requests just for my user, not system wide",
         r"^(python3?\s+-m\s+)?pip3?\s+install\b(?=.*\s--user\b)(?=.*\srequests(\s|$|[=<>~]))"),
    # ref: dpkg -S /usr/bin/dig
    case("which package owns /usr/bin/dig",
         r"^dpkg(-query)?\s+(-S|--search)\s+['\"]?(/usr)?/bin/dig['\"]?\s*$",
         r"^dpkg(-query)?\s+(-S|--search)\s+['\"]?\$\(.*\bdig\b.*\)['\"]?\s*$",
         r"^apt-file\s+(search|find)\s+(-\w+\s+)*['\"]?(/usr)?/bin/dig['\"]?\s*$"),
    # ref: sudo apt update && sudo apt upgrade -y
    case("update + upgrade everything real quick, dont make me confirm",
         r"^" + SUDO + r"apt(-get)?\s+(-\S+\s+)*update\s*&&(?=.*(\s-\w*y\b|--yes\b|--assume-yes\b))\s*(sudo\s+)?(DEBIAN_FRONTEND=noninteractive\s+)?apt(-get)?\s+(-\S+\s+)*(full-|dist-)?upgrade\b"),

    # ---- text processing (12) ----
    # ref: grep -ri "connection refused" /var/log/nginx
    case("search all the files in /var/log/nginx for 'connection refused', any case",
         r"^" + SUDO + r"(grep|zgrep|egrep)\b(?=.*(\s-\w*i|--ignore-case))(?=.*(\s-\w*[rR]|--recursive|/var/log/nginx/\*))(?=.*['\"]connection refused['\"])(?=.*\s/var/log/nginx/?)",
         r"^" + SUDO + r"rg\b(?=.*(\s-\w*[iS]|--ignore-case|--smart-case))(?=.*['\"]connection refused['\"])(?=.*\s/var/log/nginx/?)"),
    # ref: find app -name "*.py" | xargs wc -l
    case("total lines of python in app/",
         r"^find\s+(\./)?app/?\s(?=.*\*\.py)(?=.*(xargs\s+(-\S+\s+)*wc\s+-l|-exec\s+wc\s+-l|(-exec\s+cat|xargs\s+(-\S+\s+)*cat)\b.*\|\s*wc\s+-l))",
         r"^(shopt\s+-s\s+globstar\s*(;|&&)\s*)?(wc\s+-l|cat)\s+(\./)?app/(\*\*/)?\*\.py\b",
         r"^(cloc|tokei|sloccount|scc)\s+(-\S+\s+)*(\./)?app/?(\s|$)"),
    # ref: cut -d, -f3 metrics.csv
    case("print the 3rd column of metrics.csv",
         r"^cut\b(?=.*(-d\s*['\"]?,['\"]?|--delimiter[= ]['\"]?,))(?=.*(-f\s*3\b|--fields[= ]3\b))(?=.*\s(\./)?metrics\.csv\b)",
         r"^awk\b(?=.*(-F\s*['\"]?,['\"]?|FS\s*=\s*['\"],))(?=.*\{\s*print\s+\$3\s*;?\s*\})(?=.*\s(\./)?metrics\.csv\b)",
         r"^(csvcut\s+-c\s*3|xsv\s+select\s+3)\s+(\./)?metrics\.csv\s*$"),
    # ref: sed -i 's/localhost/db.internal/g' config.ini
    case("swap localhost for db.internal in config.ini, edit the file directly",
         r"^sed\b(?=.*(\s-\w*i|--in-place))(?=.*['\"]?s(?P<d>[/|#,@:])localhost(?P=d)db\\?\.internal(?P=d)g?['\"]?)(?=.*\s(\./)?config\.ini\s*$)",
         r"^perl\b(?=.*\s-\w*i)(?=.*\s-\w*p)(?=.*s/localhost/db\\?\.internal/g?)(?=.*\s(\./)?config\.ini\s*$)",
         dangerous=True),
    # ref: jq -r '.data.items[].name' response.json
    case("get .data.items[].name out of response.json",
         r"^jq\s+(-\S+\s+)*['\"]?(\.data\.items\[\]\s*(\|\s*)?\.name|\.data\.items\s*\|\s*map\(\s*\.name\s*\)|\[\s*\.data\.items\[\]\.name\s*\])['\"]?\s+(\./)?response\.json\s*$",
         r"^jq\s+(-\S+\s+)*['\"]?(\.data\.items\[\]\s*(\|\s*)?\.name|\.data\.items\s*\|\s*map\(\s*\.name\s*\)|\[\s*\.data\.items\[\]\.name\s*\])['\"]?\s*<\s*(\./)?response\.json\s*$",
         r"^cat\s+(\./)?response\.json\s*\|\s*jq\s+(-\S+\s+)*['\"]?(\.data\.items\[\]\s*(\|\s*)?\.name|\.data\.items\s*\|\s*map\(\s*\.name\s*\)|\[\s*\.data\.items\[\]\.name\s*\])['\"]?\s*$"),
    # ref: sort -u names.txt
    case("sort names.txt and drop the duplicate lines",
         r"^sort\b(?=.*(\s-\w*u|--unique))(?=.*\s(\./)?names\.txt(\s|$))",
         r"^sort\s+(-\S+\s+)*(\./)?names\.txt\s*\|\s*uniq\s*$"),
    # ref: grep -c ERROR app.log
    case("how many times does ERROR show up in app.log",
         r"^grep\b(?=.*(\s-\w*c|--count))(?=.*\s['\"]?ERROR['\"]?(\s|$))(?=.*\s(\./)?app\.log(\s|$))",
         r"^grep\b(?=.*(\s-\w*o|--only-matching))(?=.*\s['\"]?ERROR['\"]?\s)(?=.*\s(\./)?app\.log\s*\|)[^|]*\|\s*wc\s+-l\s*$",
         r"^grep\s+(-\S+\s+)*['\"]?ERROR['\"]?\s+(\./)?app\.log\s*\|\s*wc\s+-l\s*$",
         r"^rg\b(?=.*(\s-\w*c|--count(-matches)?))(?=.*ERROR)(?=.*app\.log)"),
    # ref: sed -n '100,120p' server.log
    case("lines 100 to 120 of server.log",
         r"^sed\s+-n\s+(-e\s+)?['\"]?100,120p(;\s*121q)?['\"]?\s+(\./)?server\.log\s*$",
         r"^sed\s+['\"]100,120!d['\"]\s+(\./)?server\.log\s*$",
         r"^awk\s+['\"](NR\s*>=\s*100\s*&&\s*NR\s*<=\s*120|NR\s*==\s*100\s*,\s*NR\s*==\s*120)['\"]\s+(\./)?server\.log\s*$",
         r"^head\s+(-n\s*|-)120\s+(\./)?server\.log\s*\|\s*tail\s+(-n\s*|-)21\s*$",
         r"^tail\s+(-n\s*)?\+100\s+(\./)?server\.log\s*\|\s*head\s+(-n\s*|-)21\s*$"),
    # ref: grep -oE '[[:alnum:]._%+-]+@[[:alnum:].-]+\.[[:alpha:]]{2,}' contacts.txt
    case("pull every email address out of contacts.txt",
         r"^(grep|egrep|rg)\b(?=.*(\s-\w*o|--only-matching))(?=.*@)(?=.*\s(\./)?contacts\.txt(\s|$))"),
    # ref: awk -F, 'NR>1 {s+=$2} END {print s}' sales.csv
    case("add up column 2 of sales.csv, skipping the header row",
         r"^awk\b(?=.*(-F\s*['\"]?,['\"]?|FS\s*=\s*['\"],['\"]))(?=.*\+=\s*\$2\b)(?=.*\bEND\b)(?=.*\s(\./)?sales\.csv(\s|$))",
         r"^tail\s+(-n\s*)?\+2\s+(\./)?sales\.csv\s*\|\s*(awk\b(?=.*(-F\s*['\"]?,|FS\s*=))(?=.*\+=\s*\$2\b)(?=.*\bEND\b)|cut\s+(-d\s*['\"]?,['\"]?\s+-f\s*2|-f\s*2\s+-d\s*['\"]?,['\"]?)\s*\|\s*(paste\s+(-sd\s*|-s\s+-d\s*)['\"]?\+['\"]?\s*-?\s*\|\s*bc|awk\s.*\+=))",
         r"^datamash\b(?=.*-t\s*['\"]?,)(?=.*(--header-in|\s-H\b|--headers))(?=.*\ssum\s+2\b)(?=.*sales\.csv)"),
    # ref: tr '\t' ',' < export.tsv > export.csv
    case("turn the tabs in export.tsv into commas and save it as export.csv",
         r"^tr\s+['\"]\\t['\"]\s+['\"]?,['\"]?\s*<\s*(\./)?export\.tsv\s*>\s*(\./)?export\.csv\s*$",
         r"^cat\s+(\./)?export\.tsv\s*\|\s*tr\s+['\"]\\t['\"]\s+['\"]?,['\"]?\s*>\s*(\./)?export\.csv\s*$",
         r"^sed\s+(-e\s+)?['\"]s/(\\t|\[\[:blank:\]\])/,/g['\"]\s+(\./)?export\.tsv\s*>\s*(\./)?export\.csv\s*$",
         r"^awk\b(?=.*(-F\s*['\"]?\\t['\"]?|FS\s*=\s*['\"]\\t['\"]))(?=.*OFS\s*=\s*['\"]?,)(?=.*\s(\./)?export\.tsv\s*>\s*(\./)?export\.csv\s*$)"),
    # ref: awk '{print $1}' access.log | sort | uniq -c | sort -rn
    case("unique IPs in access.log ranked by number of hits",
         r"^(awk|cut)\b(?=[^|]*\s(\S*/)?access\.log(\s|\|))(?=[^|]*(\$1\b|-f\s*1\b))[^|]*\|\s*sort\s*\|\s*uniq\s+-c\s*\|\s*sort\s+(-\S+\s+)*-\w*[ng]"),

    # ---- permissions & ownership (7) ----
    # ref: chmod +x deploy.sh
    case("make deploy.sh executable",
         r"^chmod\s+(-\w+\s+)?([uga]*\+\w*x\w*|[0-7]?[1357][0-7]{2})\s+(\./)?deploy\.sh\s*$"),
    # ref: sudo chown -R www-data:www-data /var/www/shop
    case("give www-data ownership of /var/www/shop and everything in it",
         r"^" + SUDO + r"chown\b(?=.*(\s-\w*R|--recursive))(?=.*\swww-data([:.](www-data)?)?\s)(?=.*\s/var/www/shop/?\s*$)",
         dangerous=True),
    # ref: chmod 600 ~/.ssh/id_ed25519
    case("lock down ~/.ssh/id_ed25519 so only i can read it",
         r"^chmod\s+(0?[46]00|u=rw?,go=|u=rw?,g=,o=|go-rwx|og-rwx|go=|og=|g-rwx,o-rwx)\s+['\"]?" + _HOME + r"/\.ssh/id_ed25519['\"]?\s*$"),
    # ref: ls -l /etc/shadow
    case("permisions on /etc/shadow?",
         r"^" + SUDO + r"ls\b(?=.*\s-\w*l)(?=.*\s/etc/shadow\s*$)",
         r"^" + SUDO + r"(stat|getfacl)\b.*\s/etc/shadow\s*$"),
    # ref: sudo setfacl -m u:carol:rX /srv/reports
    case("give carol read access to /srv/reports with an ACL",
         r"^" + SUDO + r"setfacl\b(?=.*(\s-\w*m\s*|--modify[= ])['\"]?(u|user):carol:r-?[xX]?-?['\"]?(\s|$))(?=.*\s/srv/reports/?\s*$)"),
    # ref: sudo chmod g+s /srv/shared
    case("set the setgid bit on /srv/shared so new files get the dir's group",
         r"^" + SUDO + r"chmod\s+(g\+\w*s\w*|[2367][0-7]{3})\s+/srv/shared/?\s*$"),
    # ref: sudo chgrp -R developers uploads
    case("change the group on everything in ./uploads to developers",
         r"^" + SUDO + r"chgrp\b(?=.*(\s-\w*R|--recursive))(?=.*\sdevelopers\s)(?=.*\s(\./)?uploads/?\s*$)",
         r"^" + SUDO + r"chown\b(?=.*(\s-\w*R|--recursive))(?=.*\s[\w.-]*:developers\s)(?=.*\s(\./)?uploads/?\s*$)",
         dangerous=True),

    # ---- services & logs (9) ----
    # ref: sudo systemctl reload nginx
    case("just changed the nginx config, restart it",
         r"^" + SUDO + r"(nginx\s+-t\s*&&\s*" + SUDO + r")?(systemctl\s+(restart|reload|reload-or-restart|try-restart)\s+nginx(\.service)?|service\s+nginx\s+(restart|reload))\s*$"),
    # ref: journalctl -u ssh -n 50
    case("last 50 log lines from the ssh service",
         r"^" + SUDO + r"journalctl\b(?=.*(-u\s*|--unit[= ])['\"]?sshd?(\.service)?['\"]?(\s|$))(?=.*(\s-n\s*|--lines[= ])50\b)",
         r"^" + SUDO + r"journalctl\b(?=[^|]*(-u\s*|--unit[= ])sshd?(\.service)?(\s|\|))[^|]*\|\s*tail\s+(-n\s*|-)50\s*$",
         r"^" + SUDO + r"systemctl\s+status\b(?=.*\ssshd?(\.service)?(\s|$))(?=.*(\s-n\s*|--lines[= ])50\b)"),
    # ref: journalctl -p err --since "1 hour ago"
    case("any errors in the journal from the past hour",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-p\s*|--priority[= ])['\"]?(err|3|0\.\.3|emerg\.\.err|[0-2]\.\.3)['\"]?(\s|$))(?=.*(\s-S\s*|--since[= ])['\"]?(-1h|-60m(in)?|1\s*h(our)?\s+ago|60\s*min(ute)?s?\s+ago)['\"]?(\s|$))"),
    # ref: sudo systemctl enable fail2ban
    case("make fail2ban start on boot",
         r"^" + SUDO + r"systemctl\s+enable\s+(--now\s+)?fail2ban(\.service)?(\s+--now)?\s*$"),
    # ref: sudo systemctl disable --now bluetooth
    case("i never use bluetooth, stop it and keep it from starting again",
         r"^" + SUDO + r"systemctl\s+disable\b(?=.*\s--now\b)(?=.*\sbluetooth(\.service)?(\s|$))",
         r"^" + SUDO + r"systemctl\s+stop\s+bluetooth(\.service)?\s*(&&|;)\s*" + SUDO + r"systemctl\s+disable\s+bluetooth(\.service)?\s*$",
         r"^" + SUDO + r"systemctl\s+disable\s+bluetooth(\.service)?\s*(&&|;)\s*" + SUDO + r"systemctl\s+stop\s+bluetooth(\.service)?\s*$",
         r"^" + SUDO + r"systemctl\s+mask\b(?=.*\s--now\b)(?=.*\sbluetooth(\.service)?(\s|$))",
         dangerous=True),
    # ref: systemctl --failed
    case("did any systemd units fail?",
         r"^" + SUDO + r"systemctl\s+(list-units\s+)?(-\S+\s+)*(--failed|--state[= ]['\"]?failed)\b",
         r"^" + SUDO + r"systemctl\s+list-units\b(?=.*--state[= ]['\"]?failed)"),
    # ref: (crontab -l 2>/dev/null; echo "30 2 * * * /opt/scripts/backup.sh") | crontab -
    case("add a cron job that runs /opt/scripts/backup.sh every night at 2:30",
         r"^[({]\s*crontab\s+-l\b.*(echo|printf)\s.*['\"]30\s+2\s+\*\s+\*\s+\*\s+(\S+\s+)?/opt/scripts/backup\.sh\b.*[)}]\s*\|\s*crontab\s+-\s*$",
         r"^crontab\s+-l\b.*\|\s*\{\s*cat\s*;\s*echo\s+['\"]30\s+2\s+\*\s+\*\s+\*\s+(\S+\s+)?/opt/scripts/backup\.sh\b.*\}\s*\|\s*crontab\s+-\s*$",
         r"^(echo|printf)\s+['\"]30\s+2\s+\*\s+\*\s+\*\s+\w+\s+/opt/scripts/backup\.sh\b[^'\"]*['\"]\s*\|\s*sudo\s+tee\s+(-a\s+)?/etc/cron\.d/[\w-]+\s*(>\s*/dev/null)?\s*$"),
    # ref: sudo crontab -l -u root
    case("show root's crontab",
         r"^sudo\s+(-u\s+root\s+|-i\s+)?crontab\s+((-u\s+root\s+)?-l|-l\s+-u\s+root)\s*$",
         r"^sudo\s+(cat|less|more)\s+/var/spool/cron/crontabs/root\s*$"),
    # ref: systemctl is-enabled cups
    case("is cups set to start at boot?",
         r"^" + SUDO + r"systemctl\s+(is-enabled|status)\s+cups(\.service)?\s*$",
         r"^" + SUDO + r"systemctl\s+list-unit-files\b.*cups"),

    # ---- system info & desktop (8) ----
    # ref: lscpu
    case("what cpu is in this thing and how many cores",
         r"^lscpu\b",
         r"^" + SUDO + r"(inxi\s+-\w*C|hwinfo\s+--cpu|lshw\s+(-\S+\s+)*-[cC](lass)?\s+(cpu|processor))",
         r"^(cat|grep|less)\b.*\s/proc/cpuinfo\b"),
    # ref: pactl set-sink-volume @DEFAULT_SINK@ 40%
    case("set volume to 40%",
         r"^pactl\s+set-sink-volume\s+\S+\s+40%\s*$",
         r"^amixer\s+(-\w+\s+(\S+\s+)?)*s?set\s+['\"]?Master['\"]?\s+40%\s*(unmute\s*)?$",
         r"^wpctl\s+set-volume\s+\S+\s+(0?\.40?|40%)\s*$",
         r"^pamixer\s+--set-volume\s+40\s*$"),
    # ref: xclip -selection clipboard < ~/.ssh/id_ed25519.pub
    case("copy my public key ~/.ssh/id_ed25519.pub to the clipboard",
         r"^(?=.*" + _HOME + r"/\.ssh/id_ed25519\.pub\b)(?=.*(\bxclip\b.*\s-sel(ection)?\s+['\"]?c(lip(board)?)?\b|\bxsel\b.*(\s-\w*b|--clipboard)|\bwl-copy\b))(cat|xclip|xsel|wl-copy)\b"),
    # ref: notify-send "backup finished"
    case("pop up a desktop notification saying backup finished",
         r"^notify-send\b.*[Bb]ackup finished",
         r"^zenity\s+--notification\b.*[Bb]ackup finished"),
    # ref: xdg-open report.pdf
    case("open report.pdf in whatever the default viewer is",
         r"^(xdg-open|gio\s+open|open)\s+['\"]?(\./)?report\.pdf['\"]?\s*&?\s*$"),
    # ref: xrandr | grep '*'
    case("what resolution is my screen running at",
         r"^xrandr\b",
         r"^xdpyinfo\b.*dimensions",
         r"^(wlr-randr|gnome-randr(\s+query)?)\s*$"),
    # ref: lspci | grep -i vga
    case("which graphics card is in here",
         r"^" + SUDO + r"lspci\b.*(?i:vga|3d|display)",
         r"^" + SUDO + r"lshw\s+(-\S+\s+)*-[cC](lass)?\s+(display|video)\b",
         r"^inxi\s+(-\w+\s+)*-\w*G",
         r"^(glxinfo|nvidia-smi)\b"),
    # ref: upower -i /org/freedesktop/UPower/devices/battery_BAT0
    case("how much battery do i have left",
         r"^upower\s+-i\s+(\S*battery\S*|\$\(upower\s+-e\s*\|\s*grep\s+.*BAT.*\))",
         r"^upower\s+(-d|--dump)\b",
         r"^cat\s+/sys/class/power_supply/BAT\w*/capacity\s*$",
         r"^acpi(\s+-\w*b\w*)?\s*$"),

    # ---- users & env & shell config (7) ----
    # ref: sudo usermod -aG docker dave
    case("put dave in the docker group",
         r"^" + SUDO + r"usermod\b(?=.*(\s-\w*a|--append))(?=.*(-\w*G\s*|--groups[= ])docker(\s|$))(?=.*\sdave\s*$)",
         r"^" + SUDO + r"(gpasswd\s+(-a|--add)\s+dave\s+docker|adduser\s+dave\s+docker)\s*$"),
    # ref: echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
    case("add ~/.local/bin to PATH for good",
         r"^(echo|printf)\s+['\"]\s*(export\s+)?PATH=(?=.*(\$HOME|~|/home/user|\$\{HOME\})/\.local/bin)(?=.*(\$PATH|\$\{PATH\})).*>>\s*['\"]?" + _HOME + r"/\.(bashrc|profile|bash_profile|zshrc)['\"]?\s*$"),
    # ref: echo "alias gst='git status'" >> ~/.bashrc
    case("make a permanent alias gst for git status",
         r"^(echo|printf)\s+.*\balias\s+gst=\\?['\"]?git status\b.*>>\s*['\"]?" + _HOME + r"/\.(bashrc|bash_aliases|zshrc)['\"]?\s*$"),
    # ref: id -nG erin
    case("what groups is erin in",
         r"^(groups\s+erin|id\s+(-\w+\s+)*erin)\s*$",
         r"^getent\s+group\s*\|\s*grep\s+(-\w+\s+)*['\"]?\\?b?erin",
         r"^grep\s+(-\w+\s+)*['\"]?\\?b?erin\b.*\s/etc/group\s*$"),
    # ref: export EDITOR=vim
    case("set EDITOR to vim for this shell session",
         r"^export\s+EDITOR=['\"]?(/usr/bin/)?vim['\"]?\s*$"),
    # ref: echo $JAVA_HOME
    case("whats JAVA_HOME set to",
         r"^(echo\s+['\"]?\$\{?JAVA_HOME\}?['\"]?|printf\s+['\"][^'\"]*['\"]\s+['\"]?\$\{?JAVA_HOME\}?['\"]?|printenv\s+JAVA_HOME|env\s*\|\s*grep\s+(-\w+\s+)*['\"]?\^?JAVA_HOME['\"]?)\s*$"),
    # ref: sudo useradd -r -s /usr/sbin/nologin svc-metrics
    case("create user svc-metrics with no login shell",
         r"^" + SUDO + r"useradd\b(?=.*(\s-s\s*|--shell[= ])(/usr)?/s?bin/(nologin|false)(\s|$))(?=.*\ssvc-metrics\s*$)",
         r"^" + SUDO + r"adduser\b(?=.*(--shell[= ](/usr)?/s?bin/(nologin|false)(\s|$)|--system\b))(?=.*\ssvc-metrics\s*$)"),
)
