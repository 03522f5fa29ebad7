"""Development set 5a: requests written blind (session 5), terse developer/sysadmin style."""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"
# `head` printing 10 lines (explicit or default) / 5 lines
_H10 = r"(\s+(-n\s*10|-10|--lines[= ]10)\b|\s*$)"
_H5 = r"\s+(-n\s*5|-5|--lines[= ]5)\b"

DEV5A: tuple[Case, ...] = (
    # ---- files & finding (10) ----
    # ref: find /var/log -name '*.log' -size +50M
    case("find .log files over 50M under /var/log",
         r"^" + SUDO + r"find\s+/var/log/?\s(?=.*-i?name\s+['\"]?\\?\*\.log['\"]?(\s|$))(?=.*-size\s+\+50M\b)"),
    # ref: find ~ -name docker-compose.yml
    case("where the heck is my docker-compose.yml, somewhere in my home dir",
         r"^find\s+" + _HOME + r"/?\s.*-i?name\s+['\"]?docker-compose\.yml['\"]?(\s|$)",
         r"^(p?locate)\s+(-\w+\s+)*['\"]?docker-compose\.yml",
         r"^(fd|fdfind)\b(?=.*docker-compose\\?\.yml)(?=.*\s" + _HOME + r"/?(\s|$))"),
    # ref: find src -type f -mtime -2
    case("files in src changed in the last 2 days",
         r"^find\s+(\./)?src/?\s(?=.*(-mtime\s+-2\b|-mmin\s+-2880\b|-newermt\s))"),
    # ref: grep -rn TODO src --include='*.py'
    case("grep TODO across all the .py files under src w/ line numbers",
         r"^grep\b(?=.*\s-\w*[rR])(?=.*(\s-\w*n|--line-number))(?=.*\bTODO\b)(?=.*--include[= ]?['\"]?\\?\*\.py\b)(?=.*\s(\./)?src/?(\s|$))",
         r"^rg\b(?=.*\bTODO\b)(?=.*(-t\s*py\b|--type[= ]py\b|-g\s*['\"]?\*\.py))(?=.*\s(\./)?src/?(\s|$))",
         r"^find\s+(\./)?src/?\s.*\*\.py\b.*\bgrep\b(?=.*(\s-\w*n|--line-number))(?=.*\bTODO\b)"),
    # ref: find ~/projects -type d -empty
    case("empty folders in ~/projects?",
         r"^(?!.*(-delete|\brm(dir)?\b))find\s+" + _HOME + r"/projects/?\s(?=.*-type\s+d\b)(?=.*-empty\b)"),
    # ref: find /tmp/build -name '*.tmp' -mtime +7 -delete
    case("get rid of .tmp files older than a week in /tmp/build",
         r"^find\s+/tmp/build/?\s(?=.*-i?name\s+['\"]?\\?\*\.tmp['\"]?(\s|$))(?=.*(-mtime\s+\+[67]\b|-mmin\s+\+10080\b))(?=.*(-delete\b|-exec\s+rm\b|\|\s*xargs\b.*\brm\b))",
         dangerous=True),
    # ref: find ~/shared -user root
    case("anything in ~/shared owned by root?",
         r"^" + SUDO + r"find\s+" + _HOME + r"/shared/?\s(?=.*-(user|uid)\s+(root|0)\b)(?!.*(-delete|-exec))"),
    # ref: cp ~/Downloads/*.jpg ~/Pictures/trip/
    case("copy all the jpgs from Downloads into ~/Pictures/trip pls",
         r"^(mkdir\s+-p\s+\S+\s*&&\s*)?cp\b(?=.*\s['\"]?" + _HOME + r"/Downloads/['\"]?\*\.(jpg|JPG|\{[^}]*jpg[^}]*\}|\[jJ\]\[pP\]\[gG\]))(?=.*\s['\"]?" + _HOME + r"/Pictures/trip/?['\"]?(\s|$))",
         r"^find\s+" + _HOME + r"/Downloads/?\s(?=.*-i?name\s+['\"]?\\?\*\.jpg)(?=.*(-exec\s+cp\b|xargs\b.*\bcp\b).*" + _HOME + r"/Pictures/trip)"),
    # ref: for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done
    case("rename every .jpeg in this folder to .jpg",
         r"^for\s+(\w+)\s+in\s+(\./)?\*\.jpeg\s*;\s*do\s+mv\b.*\$\{\1%\.(jpeg|\*)\}\.jpg.*;\s*done\s*$",
         r"^(rename|file-rename|prename|perl-rename)\s+(-v\s+)?['\"]s/(\\\.)?jpeg\$?/(\\?\.)?jpg/['\"]\s+(\./)?\*(\.jpeg)?\s*$",
         r"^(rename|rename\.ul)\s+\.jpeg\s+\.jpg\s+(\./)?\*\.jpeg\s*$",
         r"^mmv\s+['\"]?\*\.jpeg['\"]?\s+['\"]?#1\.jpg['\"]?\s*$"),
    # ref: find /usr/local/bin -xtype l
    case("any broken symlinks in /usr/local/bin?",
         r"^" + SUDO + r"find\s+/usr/local/bin/?\s(?!.*-delete)(?=.*-xtype\s+l\b)",
         r"^" + SUDO + r"find\s+-L\s+/usr/local/bin/?\s(?!.*-delete)(?=.*-type\s+l\b)",
         r"^" + SUDO + r"find\s+/usr/local/bin/?\s(?!.*-delete)(?=.*-type\s+l\b)(?=.*(!|-not)\s+-exec\s+test\s+-e\b)"),

    # ---- disk (9) ----
    # ref: sudo du -sh /var/* | sort -rh | head
    case("whats eating all the space in /var",
         r"^" + SUDO + r"du\b(?=.*(\s/var/\*|\s-\w*d\s*1\b|--max-depth[= ]?1\b))(?=.*\s/var(/\*?)?(\s|$))",
         r"^" + SUDO + r"(ncdu|gdu|dust)\b.*\s/var/?(\s|$)"),
    # ref: df -h /home
    case("how much free space is left on /home",
         r"^df\b.*\s/home/?\s*$",
         r"^(duf|dfc)\b.*\s/home/?\s*$"),
    # ref: du -sh node_modules
    case("how big is node_modules",
         r"^du\b(?=.*(\s-\w*s|--summarize|\s-\w*d\s*0\b|--max-depth[= ]?0\b))(?=.*\s(\./)?node_modules/?(\s|$))",
         r"^du\b.*\s(\./)?node_modules/?\s*\|\s*tail\s+(-n\s*1|-1)\b"),
    # ref: sudo find / -xdev -type f -printf '%s %p\n' 2>/dev/null | sort -nr | head -10
    case("10 largest files on the whole system?",
         r"^" + SUDO + r"find\s+/\s(?=.*\|\s*sort\b[^|]*\|\s*head" + _H10 + r")",
         r"^" + SUDO + r"du\b(?=.*\s-\w*a)(?=.*\s/(\s|$))(?=.*\|\s*sort\b[^|]*\|\s*head" + _H10 + r")"),
    # ref: lsblk -f
    case("list my drives and partitions with the filesystem types",
         r"^" + SUDO + r"lsblk\b(?=.*(\s-\w*f|--fs\b|FSTYPE))",
         r"^" + SUDO + r"(fdisk\s+-l|parted\s+-l|blkid)\b",
         r"^df\b.*(\s-\w*T|--print-type)"),
    # ref: sudo mount /dev/sdb1 /mnt/usb
    case("mount /dev/sdb1 on /mnt/usb",
         r"^" + SUDO + r"(mkdir\s+-p\s+/mnt/usb/?\s*&&\s*(sudo )?)?mount\s+(-\S+\s+(\S+\s+)?)*?/dev/sdb1\s+/mnt/usb/?\s*$"),
    # ref: umount /media/user/KINGSTON
    case("unmount the usb stick at /media/user/KINGSTON real quick",
         r"^" + SUDO + r"umount\s+(-\w+\s+)*['\"]?/media/user/KINGSTON/?['\"]?\s*$",
         r"^gio\s+mount\s+-u\s+['\"]?(file://)?/media/user/KINGSTON/?['\"]?\s*$",
         r"^" + SUDO + r"eject\s+['\"]?/media/user/KINGSTON/?['\"]?\s*$"),
    # ref: sudo mkfs.ext4 /dev/sdc1
    case("format /dev/sdc1 as ext4",
         r"^(" + SUDO + r"umount\s+/dev/sdc1\s*(&&|;)\s*)?" + SUDO + r"(mkfs\.ext4|mkfs\s+(-t\s*|--type[= ])ext4|mke2fs\s+-t\s*ext4)\s+(-\S+(\s+[^-/\s]\S*)?\s+)*/dev/sdc1\s*$",
         dangerous=True),
    # ref: sudo journalctl --vacuum-size=500M
    case("journal logs r hogging disk, shrink em down to 500M",
         r"^" + SUDO + r"journalctl\b(?=.*--vacuum-size[= ]?500M\b)",
         dangerous=True),

    # ---- processes (9) ----
    # ref: ps aux --sort=-%cpu | head
    case("whats hogging the cpu rn",
         r"^ps\b.*--sort[= ]?[-+]?(%cpu|pcpu)\b",
         r"^ps\b.*\|\s*sort\b.*-\w*k\s*3\b",
         r"^top\b(?!.*-o\s*%?MEM)",
         r"^(htop|btop|atop)\s*$"),
    # ref: kill $(lsof -t -i:3000)
    case("kill whatever's running on port 3000",
         r"^" + SUDO + r"fuser\b(?=.*\s-\w*k)(?=.*\s(3000/tcp|-n\s+tcp\s+3000)\b)",
         r"^" + SUDO + r"kill\b.*\$\(\s*(sudo )?lsof\s+(?=[^)]*\s?-\w*t)(?=[^)]*-\w*i\s*(tcp|TCP)?:3000\b)",
         r"^" + SUDO + r"lsof\b(?=[^|]*\s-\w*t)(?=[^|]*-\w*i\s*(tcp|TCP)?:3000\b)[^|]*\|\s*xargs\s+(-\S+\s+)*(sudo )?kill\b",
         r"^npx\s+(-y\s+)?kill-port\s+3000\s*$",
         dangerous=True),
    # ref: pgrep -a nginx
    case("is nginx even running?",
         r"^pgrep\b.*\bnginx\b",
         r"^pidof\s+nginx\b",
         r"^ps\b.*\|\s*(grep|rg)\b.*nginx",
         r"^" + SUDO + r"systemctl\s+(status|is-active)\s+(--\S+\s+)*nginx(\.service)?\b",
         r"^" + SUDO + r"service\s+nginx\s+status\b"),
    # ref: pkill -9 chrome
    case("force kill every chrome process",
         r"^" + SUDO + r"(pkill|killall)\b(?=.*\s(-9|-KILL|-SIGKILL|-s\s*(9|KILL|SIGKILL)|--signal[= ]?(9|KILL|SIGKILL))(\s|$))(?=.*\s(-f\s+)?['\"]?chrome['\"]?\s*$)",
         r"^" + SUDO + r"kill\s+(-9|-KILL|-SIGKILL|-s\s*(9|KILL|SIGKILL))\s+\$\(\s*(pgrep|pidof)\s+(-f\s+)?chrome\s*\)\s*$",
         dangerous=True),
    # ref: nohup ./backup.sh > backup.log 2>&1 &
    case("run backup.sh in the bg so it keeps going after i log out",
         r"^nohup\s+((ba)?sh\s+)?(\./)?backup\.sh\b.*&\s*(disown\s*)?$",
         r"^setsid\s+(-f\s+)?((ba)?sh\s+)?(\./)?backup\.sh\b",
         r"^(tmux\s+new(-session)?\s+(.*\s)?-d\b|screen\s+(.*\s)?-d\s*m|systemd-run\s+--user\b).*backup\.sh",
         r"^((ba)?sh\s+)?(\./)?backup\.sh\b[^&]*&\s*disown\b"),
    # ref: pstree -p www-data
    case("process tree for www-data",
         r"^pstree\b.*\swww-data\b",
         r"^ps\b(?=.*(--forest|\s-\w*H\b|\s[a-zA-Z]*f[a-zA-Z]*(\s|$)))(?=.*(\s-\w*[uU]\s*|--user[= ]|\sU\s*)www-data\b)",
         r"^ps\b(?=[^|]*(--forest|\s-\w*H\b|\s[a-zA-Z]*f[a-zA-Z]*(\s|$)))[^|]*\|\s*grep\b.*www-data"),
    # ref: ps -o etime= -p 2231
    case("how long has pid 2231 been running",
         r"^ps\b(?=.*\b(etimes?|lstart|start_time|start|bsdstart|stime)\b)(?=.*\s(-\w*p\s*|--pid[= ]|-q\s*)?2231\b)"),
    # ref: renice -n 15 -p 9120
    case("bump pid 9120 down to nice 15",
         r"^" + SUDO + r"renice\b(?=.*\s(-n\s*|--priority[= ]?)?\+?15\b)(?=.*\s(-p\s*|--pid[= ]?)?9120\b)"),
    # ref: ps aux --sort=-%mem | head
    case("wat's eating all my ram",
         r"^ps\b.*--sort[= ]?[-+]?(%mem|pmem|rss|size|vsz)\b",
         r"^ps\b.*\|\s*sort\b.*-\w*k\s*[46]\b",
         r"^top\b.*-o\s*(%?MEM|RES)\b",
         r"^htop\s+(-s|--sort-key)[= ]?(PERCENT_MEM|M_RESIDENT)\b",
         r"^(smem\b|(htop|btop)\s*$)"),

    # ---- network & remote (9) ----
    # ref: sudo ss -ltnp 'sport = :8080'
    case("whats listening on 8080",
         r"^" + SUDO + r"lsof\b.*-\w*i\s*(tcp|TCP)?:8080\b",
         r"^" + SUDO + r"(ss|netstat)\b.*(:8080\b|\|\s*(grep|rg)\b.*['\"]?:?8080\b)",
         r"^" + SUDO + r"fuser\s+(-v\s+)?(8080/tcp|-n\s+tcp\s+8080)\s*$"),
    # ref: scp dump.sql 10.0.3.15:/tmp/
    case("copy dump.sql over to 10.0.3.15 into /tmp",
         r"^(scp|rsync)\s+(-\S+\s+(\d+\s+)?)*(\./)?dump\.sql\s+(\S+@)?10\.0\.3\.15:/tmp/?(dump\.sql)?\s*$"),
    # ref: ssh -p 2222 deploy@ci.internal
    case("ssh into deploy@ci.internal, it's on port 2222",
         r"^ssh\b(?=.*\s(-p\s*2222|-o\s*['\"]?Port[= ]2222)\b)(?=.*\sdeploy@ci\.internal(\s|$))",
         r"^ssh\s+(-\S+\s+)*ssh://deploy@ci\.internal:2222\s*$"),
    # ref: curl ifconfig.me
    case("whats my public ip",
         r"^(curl|wget)\b.*\b(ifconfig\.me|ipify\.org|icanhazip\.com|ipinfo\.io|ifconfig\.co|checkip\.amazonaws\.com|ident\.me|ipecho\.net|myip\.dnsomatic\.com)",
         r"^dig\b.*(myip\.opendns\.com|o-o\.myaddr\.l\.google\.com)"),
    # ref: hostname -I
    case("local ip of this box?",
         r"^hostname\s+(-I|--all-ip-addresses)\b",
         r"^ip\s+(-\S+\s+)*(a|addr|address)(\s+show)?\b",
         r"^ip\s+route\s+get\b",
         r"^ifconfig\b",
         r"^nmcli\b.*(IP4|device\s+show)"),
    # ref: nc -zv db01 5432
    case("can i reach port 5432 on db01?",
         r"^(nc|ncat|netcat)\b(?=.*\s-\w*z)(?=.*\sdb01\s+5432\b)",
         r"^nmap\b(?=.*-p\s*5432\b)(?=.*\sdb01\b)",
         r"^telnet\s+db01\s+5432\s*$",
         r"^pg_isready\b(?=.*-h\s*db01\b)(?=.*-p\s*5432\b)",
         r"/dev/tcp/db01/5432\b"),
    # ref: wget -P ~/Documents https://example.com/files/report-2024.pdf
    case("download https://example.com/files/report-2024.pdf into ~/Documents",
         r"^wget\b(?=.*(-P\s*|--directory-prefix[= ])['\"]?" + _HOME + r"/Documents/?['\"]?(\s|$))(?=.*https://example\.com/files/report-2024\.pdf\b)",
         r"^(wget\b(?=.*(-O\s*|--output-document[= ]))|curl\b(?=.*(-o\s*|--output[= ])))(?=.*['\"]?" + _HOME + r"/Documents/report-2024\.pdf)(?=.*https://example\.com/files/report-2024\.pdf\b)",
         r"^curl\b(?=.*--output-dir[= ]['\"]?" + _HOME + r"/Documents/?['\"]?\s)(?=.*(\s-\w*O|--remote-name))(?=.*https://example\.com/files/report-2024\.pdf\b)",
         r"^cd\s+" + _HOME + r"/Documents/?\s*&&\s*(wget\b|curl\b(?=.*(\s-\w*O|--remote-name|-o\s*report-2024\.pdf))).*https://example\.com/files/report-2024\.pdf\b"),
    # ref: rsync -avz --delete ./site/ web1:/var/www/html/
    case("sync ./site/ up to web1:/var/www/html and delete whatever's gone locally",
         r"^rsync\b(?=.*\s--delete(-\w+)?\b)(?=.*\s(\./)?site/\s+(\S+@)?web1:/var/www/html/?\s*$)",
         dangerous=True),
    # ref: dig api.github.com
    case("dns lookup for api.github.com",
         r"^(dig|nslookup|host|drill|kdig|resolvectl\s+query)\b.*\sapi\.github\.com\b",
         r"^getent\s+a?hosts\s+api\.github\.com\b"),

    # ---- archives (9) ----
    # ref: tar -xzf backup.tar.gz -C /opt/app
    case("extract backup.tar.gz into /opt/app",
         r"^" + SUDO + r"(mkdir\s+-p\s+/opt/app/?\s*&&\s*(sudo )?)?tar\b(?=.*(\s-?[a-zA-Z]*x|--extract|--get))(?=.*\s['\"]?(\./)?backup\.tar\.gz\b)(?=.*(\s-C\s*|--directory[= ])/opt/app/?(\s|$))"),
    # ref: zip -r reports.zip reports
    case("zip up the reports folder as reports.zip",
         r"^zip\s+(-\w+\s+)*-\w*r\w*\s+(-\w+\s+)*(\./)?reports\.zip\s+(\./)?reports/?\s*$",
         r"^7z\s+a\s+(-\S+\s+)*(\./)?reports\.zip\s+(\./)?reports/?\s*$"),
    # ref: tar -tJf logs-2024-05.tar.xz
    case("whats inside logs-2024-05.tar.xz? dont extract it",
         r"^tar\b(?!.*(\s-?[a-zA-Z]*x|--extract|--get))(?=.*(\s-?[a-zA-Z]*t[a-zA-Z]*(\s|$)|--list\b))(?=.*\s(\./)?logs-2024-05\.tar\.xz\b)",
         r"^(xz\s+-\w*d\w*c|xzcat|unxz\s+-c)\b.*logs-2024-05\.tar\.xz.*\|\s*tar\s+-?t"),
    # ref: unzip site-export.zip -d export
    case("unzip site-export.zip to ./export",
         r"^unzip\b(?!.*\s-\w*[lZ])(?=.*\s(\./)?site-export\.zip\b)(?=.*\s-d\s*['\"]?(\./)?export/?['\"]?(\s|$))",
         r"^7z\s+x\b(?=.*\s(\./)?site-export\.zip\b)(?=.*\s-o['\"]?(\./)?export/?['\"]?(\s|$))"),
    # ref: tar -czf api.tar.gz --exclude=node_modules -C ~/projects api
    case("make a tar.gz of ~/projects/api but skip node_modules",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*c|--create\b))(?=.*(\s-[a-zA-Z]*[za]|\s[a-zA-Z]*z[a-zA-Z]*\s|--gzip\b|--auto-compress\b))(?=.*\.(tar\.gz|tgz)\b)(?=.*--exclude[= ]?['\"]?(\*/|\./|api/)?(\*/)?node_modules)(?=.*(" + _HOME + r"/projects/api/?(\s|$)|-C\s*" + _HOME + r"/projects/?\s+(\./)?api/?(\s|$)))"),
    # ref: gzip -k access.log
    case("gzip access.log but keep the original",
         r"^(gzip|pigz)\b(?=.*(\s-\w*k|--keep\b))(?=.*\s(\./)?access\.log\s*$)",
         r"^(gzip|pigz)\s+(-\w+\s+)*-\w*c\w*\s+(-\w+\s+)*(\./)?access\.log\s*>\s*(\./)?access\.log\.gz\s*$"),
    # ref: tar -xf release.tar config/app.yml
    case("pull just config/app.yml out of release.tar",
         r"^tar\b(?=.*(\s-?[a-zA-Z]*x|--extract\b|--get\b))(?=.*\s(\./)?release\.tar(\s|$))(?=.*\s['\"]?(\./)?config/app\.yml['\"]?(\s|$))"),
    # ref: xz -9 bigdump.sql
    case("compress bigdump.sql with xz, max compression",
         r"^xz\b(?=.*\s(-\w*9\w*|--best)(\s|$))(?=.*\s(\./)?bigdump\.sql(\s|$))"),
    # ref: 7z x photos.7z
    case("open up photos.7z here",
         r"^(7z|7za|7zr|7zz)\s+[xe]\b(?=.*\s(\./)?photos\.7z(\s|$))",
         r"^(p7zip\s+-d|un7z)\s+(\./)?photos\.7z\s*$",
         r"^(bsdtar|tar)\s+-?x\w*f\s+(\./)?photos\.7z\s*$"),

    # ---- git (10) ----
    # ref: git reset --soft HEAD~1
    case("undo my last commit but keep the changes",
         r"^git\s+reset\s+(--soft\s+|--mixed\s+)?(HEAD|@)(~1?|\^)\s*$",
         r"^git\s+reset\s+(HEAD|@)(~1?|\^)\s+--(soft|mixed)\s*$"),
    # ref: git branch -d feature/login-v2
    case("delete local branch feature/login-v2",
         r"^git\s+branch\s+(-d|-D|--delete(\s+--force)?|-d\s+-f|-df|--force\s+--delete)\s+feature/login-v2\s*$",
         dangerous=True),
    # ref: git push -u origin fix/typo-readme
    case("push my new branch fix/typo-readme to origin and set upstream",
         r"^git\s+push\b(?=.*\s(-u|--set-upstream)(\s|$))(?=.*\sorigin\s+(HEAD:)?(refs/heads/)?fix/typo-readme\s*$|.*\sorigin\s+HEAD\s*$)"),
    # ref: git blame -L 40,60 src/auth.py
    case("who touched lines 40-60 of src/auth.py",
         r"^git\s+blame\b(?=.*\s-L\s*40,(\+2[01]|60)\b)(?=.*\s(\./)?src/auth\.py\b)",
         r"^git\s+log\b.*\s-L\s*['\"]?40,(\+2[01]|60):(\./)?src/auth\.py\b"),
    # ref: git reset --hard
    case("throw away all my uncommitted changes, want a clean slate",
         r"^git\s+(reset\s+--hard(\s+(HEAD|@))?|checkout\s+(--\s+)?\.|restore\s+((--staged|--worktree|-S|-W|-SW|-WS)\s+)*\.)(\s*(&&|;)\s*git\s+clean\s+-\w+)?\s*$",
         r"^git\s+stash\s+(push\s+)?(-u\s+|--include-untracked\s+)?(&&|;)\s*git\s+stash\s+drop\s*$",
         r"^git\s+clean\s+-\w+\s*(&&|;)\s*git\s+(reset\s+--hard(\s+HEAD)?|checkout\s+(--\s+)?\.)\s*$",
         dangerous=True),
    # ref: git log --author=alice --since='1 week ago'
    case("commits by alice from the past week",
         r"^git\s+log\b(?=.*--author[= ]?['\"]?alice)(?=.*--(since|after)[= ]?['\"]?(1[ .]weeks?|one[ .]week|last[ .]week|7[ .]days?|a[ .]week))"),
    # ref: git stash -u
    case("stash everything incl. untracked files",
         r"^git\s+stash(\s+push|\s+save)?\b(?=.*\s(-u|--include-untracked|-a|--all)(\s|$))"),
    # ref: git tag v2.3.1 && git push origin v2.3.1
    case("tag this commit v2.3.1 and push the tag",
         r"^git\s+tag\s+(-\S+\s+(['\"][^'\"]*['\"]\s+)?)*v2\.3\.1\b.*(&&|;)\s*git\s+push\s+(\S+\s+)*(v2\.3\.1|--tags|refs/tags/v2\.3\.1|--follow-tags)\b"),
    # ref: git diff config.yaml
    case("what did i change in config.yaml since the last commit",
         r"^git\s+diff\s+(--\S+\s+)*((HEAD|@)\s+)?(--\s+)?(\./)?config\.yaml\s*$"),
    # ref: git switch release/1.4
    case("switch to the release/1.4 branch (it's on origin)",
         r"^(git\s+fetch(\s+origin)?\s*(&&|;)\s*)?git\s+(checkout|switch)\s+(--track\s+|-t\s+)?(origin/)?release/1\.4\s*$",
         r"^(git\s+fetch(\s+origin)?\s*(&&|;)\s*)?git\s+(checkout|switch)\b(?=.*\s-[bcBC]\s+release/1\.4\b)(?=.*\s(--track\s+|-t\s+)?origin/release/1\.4\b)"),

    # ---- packages (9) ----
    # ref: sudo apt install ffmpeg imagemagick
    case("install ffmpeg and imagemagick",
         r"^" + SUDO + r"(apt|apt-get|nala)\s+(-\S+\s+)*install\b(?=.*\sffmpeg\b)(?=.*\simagemagick\b)"),
    # ref: apt policy nodejs
    case("is nodejs installed? which version",
         r"^(node|nodejs)\s+(-v|--version)\s*$",
         r"^(dpkg\s+(-l|-s|--list|--status)|dpkg-query\s+(-W|-l|-s|--show|--status)\S*(\s+-f\s*\S+)?|apt(-cache)?\s+(policy|show)|apt\s+list\s+(--installed|-i))\s+(\S+\s+)*['\"]?nodejs\b",
         r"^(dpkg\s+-l|apt\s+list\s+--installed)\s*\|\s*grep\b.*\bnode"),
    # ref: sudo apt purge snapd
    case("get rid of snapd completely, config too",
         r"^" + SUDO + r"(apt|apt-get)\s+(-\S+\s+)*(purge|remove\s+(-\S+\s+)*--purge|--purge\s+(-\S+\s+)*remove|autoremove\s+(-\S+\s+)*--purge)\s+(-\S+\s+)*snapd\b",
         dangerous=True),
    # ref: dpkg -S /usr/bin/convert
    case("which package does /usr/bin/convert come from",
         r"^(dpkg(-query)?\s+(-S|--search)|apt-file\s+(search|find))\s+['\"]?(/usr/bin/convert|\$\((readlink\s+-f|realpath)\s+/usr/bin/convert\))['\"]?\s*$"),
    # ref: sudo apt update && sudo apt upgrade
    case("update all my packages pls",
         r"^" + SUDO + r"(apt|apt-get|nala)\s+update\s*(&&|;)\s*(sudo )?(apt|apt-get|nala)\s+(-\S+\s+)*(full-|dist-)?upgrade\b",
         r"^" + SUDO + r"(apt|apt-get|nala)\s+(-\S+\s+)*(full-|dist-)?upgrade\b"),
    # ref: .venv/bin/pip install -r requirements.txt
    case("install requirements.txt into the venv in .venv",
         r"^(\.|source)\s+(\./)?\.venv/bin/activate\s*(&&|;)\s*(pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\s+(-\S+\s+)*(-r\s*|--requirement[= ])requirements\.txt\b",
         r"^(\./)?\.venv/bin/(pip3?|python3?\s+-m\s+pip)\s+install\s+(-\S+\s+)*(-r\s*|--requirement[= ])requirements\.txt\b",
         r"^uv\s+pip\s+install\b(?=.*(-r\s*|--requirement[= ])requirements\.txt\b)(?!.*--system)"),
    # ref: apt-cache policy docker-ce
    case("which docker-ce versions can i get from the repos",
         r"^(apt(-cache)?\s+(policy|madison|show(pkg)?)|apt\s+list\s+(-a|--all-versions))\s+(\S+\s+)*docker-ce\b(?!-)"),
    # ref: sudo snap install slack
    case("install slack from snap",
         r"^" + SUDO + r"snap\s+install\s+(--classic\s+)?slack(\s+--classic)?\s*$"),
    # ref: sudo apt install ~/Downloads/zoom_amd64.deb
    case("install the deb i just grabbed, ~/Downloads/zoom_amd64.deb",
         r"^" + SUDO + r"((apt|apt-get|nala)\s+(-\S+\s+)*install\s+(-\S+\s+)*|dpkg\s+(-i|--install)\s+|gdebi\s+(-n\s+)?)['\"]?" + _HOME + r"/Downloads/zoom_amd64\.deb['\"]?(\s*(&&|;)\s*(sudo )?apt(-get)?\s+(-\S+\s+)*(install\s+(-f|--fix-broken)|(-f|--fix-broken)\s+install)(\s+-y)?)?\s*$"),

    # ---- text processing (9) ----
    # ref: grep -c 404 access.log
    case("how many lines in access.log have a 404",
         r"^grep\b(?!.*\s-\w*v)(?=.*(\s-\w*c|--count\b))(?=.*404)(?=.*\s(\./)?access\.log\s*$)",
         r"^(grep|rg)\b(?!.*\s-\w*v)(?=.*404)(?=[^|]*\s(\./)?access\.log\s*\|\s*wc\s+-l\s*$)",
         r"^cat\s+(\./)?access\.log\s*\|\s*grep\b(?!.*\s-\w*v)[^|]*404[^|]*\|\s*wc\s+-l\s*$",
         r"^awk\b(?=.*404)(?=.*(END|\|\s*wc\s+-l))(?=.*\s(\./)?access\.log\b)"),
    # ref: sed -i 's/localhost/db.prod.local/g' config/settings.ini
    case("swap localhost for db.prod.local in config/settings.ini, edit in place",
         r"^sed\b(?=.*(\s-\w*i\S*|--in-place\S*)(\s|$))(?=.*s(?P<d>[/|#@,:])(\\b|\\<)?localhost(\\b|\\>)?(?P=d)db\\?\.prod\\?\.local(?P=d)g?)(?=.*\s['\"]?(\./)?config/settings\.ini['\"]?\s*$)",
         r"^perl\b(?=.*\s-\w*i)(?=.*\s-\w*p)(?=.*s(?P<d>[/|#@,:])(\\b)?localhost(\\b)?(?P=d)db\\?\.prod\\?\.local(?P=d))(?=.*\s(\./)?config/settings\.ini\s*$)",
         dangerous=True),
    # ref: cut -d, -f2 data.csv
    case("2nd column of data.csv",
         r"^cut\b(?=.*(\s-d\s*['\"]?,['\"]?|--delimiter[= ]['\"]?,))(?=.*(\s-f\s*2(\s|$)|--fields[= ]2(\s|$)))(?=.*\s(\./)?data\.csv\b)",
         r"^awk\b(?=.*(\s-F\s*['\"]?,['\"]?|FS\s*=\s*['\"],))(?=.*print\s*\$2\b)(?=.*\s(\./)?data\.csv\b)",
         r"^csvcut\s+-c\s*2\s+(\./)?data\.csv\s*$",
         r"^csvtool\s+col\s+2\s+(\./)?data\.csv\s*$"),
    # ref: awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -5
    case("top 5 ips hitting us in /var/log/nginx/access.log",
         r"^(?=.*/var/log/nginx/access\.log)" + SUDO + r"(cat\s+/var/log/nginx/access\.log\s*\|\s*(sudo )?)?(awk|cut)\b(?=.*(\{\s*print\s+\$1\s*\}|-f\s*1\b))(?=.*\|\s*sort\b[^|]*\|\s*uniq\s+-c\s*\|\s*sort\s+[^|]*r)(?=.*\|\s*head" + _H5 + r")"),
    # ref: sed -n '120,140p' server.log
    case("print lines 120 to 140 of server.log",
         r"^sed\s+(-n\s+['\"]?120,140p['\"]?|-n\s+-e\s+['\"]?120,140p['\"]?|['\"]?120,140!d['\"]?)\s+(\./)?server\.log\s*$",
         r"^awk\s+['\"]NR\s*>=\s*120\s*&&\s*NR\s*<=\s*140\s*['\"]\s+(\./)?server\.log\s*$",
         r"^awk\s+['\"]NR\s*==\s*120\s*,\s*NR\s*==\s*140\s*['\"]\s+(\./)?server\.log\s*$",
         r"^head\s+(-n\s*|-|--lines[= ])140\s+(\./)?server\.log\s*\|\s*tail\s+(-n\s*|-|--lines[= ])21\s*$",
         r"^tail\s+(-n\s*|--lines[= ])\+120\s+(\./)?server\.log\s*\|\s*head\s+(-n\s*|-|--lines[= ])21\s*$"),
    # ref: awk '!seen[$0]++' emails.txt
    case("dedupe emails.txt but keep teh original order",
         r"^(?!.*>\s*(\./)?emails\.txt\s*$)awk\s+['\"]!\s*\w+\[\$0\]\+\+['\"]\s+(\./)?emails\.txt\b",
         r"^(?!.*>\s*(\./)?emails\.txt\s*$)perl\s+-\w*n\w*\s+(-e\s+)?['\"].*\$\w+\{\$_\}\+\+.*['\"]\s+(\./)?emails\.txt\b",
         r"^(?!.*>\s*(\./)?emails\.txt\s*$)(cat\s+-n\s+(\./)?emails\.txt|nl\b.*emails\.txt)\s*\|\s*sort\b.*\|\s*sort\b.*\|\s*cut\b"),
    # ref: grep -iE 'error|fatal' app.log
    case("lines w/ ERROR or FATAL in app.log, case insensitive",
         r"^(?=(egrep|rg)\b|.*\s-\w*[EP]|.*--extended-regexp|.*--perl-regexp|.*\\\||.*\s-e\s.*\s-e\s)(grep|egrep|rg)\b(?=.*(\s-\w*i|--ignore-case))(?=.*(?i:error))(?=.*(?i:fatal))(?=.*\s(\./)?app\.log\b)"),
    # ref: sort names.txt > names_sorted.txt
    case("sort names.txt alphabetically and save it as names_sorted.txt",
         r"^sort\s+(-[fdbV]+\s+)*(\./)?names\.txt\s*>\s*(\./)?names_sorted\.txt\s*$",
         r"^sort\b(?!.*(\s-\w*r|--reverse))(?=.*(\s-o\s*|--output[= ])(\./)?names_sorted\.txt\b)(?=.*\s(\./)?names\.txt\b)",
         r"^cat\s+(\./)?names\.txt\s*\|\s*sort\s+(-[fdbV]+\s+)*>\s*(\./)?names_sorted\.txt\s*$"),
    # ref: jq . response.json
    case("pretty print response.json",
         r"^jq\s+(-\S+\s+)*['\"]?\.['\"]?\s+(\./)?response\.json\s*(\|\s*less(\s+-R)?)?\s*$",
         r"^jq\s+(-\S+\s+)*(['\"]?\.['\"]?\s*)?<\s*(\./)?response\.json\s*$",
         r"^cat\s+(\./)?response\.json\s*\|\s*(jq(\s+['\"]?\.['\"]?)?|python3?\s+-m\s+json\.tool)\s*$",
         r"^python3?\s+-m\s+json\.tool\s+(\./)?response\.json\s*$"),

    # ---- permissions & ownership (9) ----
    # ref: chmod +x deploy.sh
    case("make deploy.sh executable",
         r"^chmod\s+(a|u|ug|ugo)?\+[rw]*x[rw]*\s+(\./)?deploy\.sh\s*$",
         r"^chmod\s+0?(755|775|750|770|744|700)\s+(\./)?deploy\.sh\s*$"),
    # ref: sudo chown -R www-data:www-data /var/www/shop
    case("give www-data ownership of /var/www/shop, recursively",
         r"^" + SUDO + r"chown\b(?=.*\s(-\w*R|--recursive)\b)(?=.*\swww-data([:.](www-data)?)?\s+/var/www/shop/?\s*$)",
         dangerous=True),
    # ref: chmod 600 ~/.ssh/id_ed25519
    case("ssh says the perms on ~/.ssh/id_ed25519 are too open, fix it",
         r"^chmod\s+(0?[46]00|go-rwx|og-rwx|go=|og=|u=rw,go=|u=r,go=|u=rw,g=,o=|g-rwx,o-rwx|go-rw|og-rw)\s+['\"]?" + _HOME + r"/\.ssh/id_ed25519['\"]?\s*$"),
    # ref: sudo usermod -aG docker maria
    case("add maria to the docker group",
         r"^" + SUDO + r"(usermod\s+(-aG|-Ga|-a\s+-G|--append\s+--groups[= ]?|-a\s+--groups[= ]?)\s*docker\s+maria|usermod\s+-G\s+docker\s+-a\s+maria|gpasswd\s+(-a|--add)\s+maria\s+docker|adduser\s+maria\s+docker)\s*$"),
    # ref: ls -ld /srv/data
    case("who owns /srv/data and what are the perms on it",
         r"^ls\b(?=.*(\s-\w*l|--format[= ]long))(?=.*(\s-\w*d|--directory))(?=.*\s/srv/data/?\s*$)",
         r"^stat\b.*\s/srv/data/?\s*$"),
    # ref: chmod -R g+w uploads
    case("make uploads/ writable for the group, recursively",
         r"^" + SUDO + r"chmod\b(?=.*\s(-\w*R|--recursive)\b)(?=.*\s(g|ug)\+[rwxX]*w[rwxX]*\s)(?=.*\s(\./)?uploads/?\s*$)",
         r"^" + SUDO + r"find\s+(\./)?uploads/?\s.*-exec\s+chmod\s+(g|ug)\+[rwxX]*w",
         dangerous=True),
    # ref: sudo setfacl -d -m g:devs:rw /srv/shared
    case("default acl so group devs gets rw on anything new in /srv/shared",
         r"^" + SUDO + r"setfacl\b(?=.*(\s-\w*d|--default|\s(-m\s*|--modify[= ])d(efault)?:))(?=.*(-\w*m\s*|--modify[= ])(d(efault)?:)?g(roup)?:devs:rw[xX]?\b)(?=.*\s/srv/shared/?\s*$)"),
    # ref: chmod 600 notes.txt
    case("only me should be able to read notes.txt",
         r"^chmod\s+(0?[46]00|go-rwx|og-rwx|go=|og=|u=rw,go=|u=r,go=|u=rw,g=,o=|go-r|og-r|g-r,o-r|go-rw|og-rw)\s+(\./)?notes\.txt\s*$"),
    # ref: sudo find /etc -type f -perm -o+w
    case("any world-writable files in /etc?",
         r"^" + SUDO + r"find\s+/etc/?\s(?!.*(-exec|-delete|xargs))(?=.*-perm\s+['\"]?[-/](o\+w|0*2|o=w)['\"]?(\s|$))"),

    # ---- services & logs (9) ----
    # ref: sudo nginx -t && sudo systemctl reload nginx
    case("reload nginx, just edited the config",
         r"^(" + SUDO + r"nginx\s+-t\s*(&&|;)\s*)?" + SUDO + r"(systemctl\s+(reload|restart|reload-or-restart|try-reload-or-restart)\s+nginx(\.service)?|nginx\s+-s\s+reload|service\s+nginx\s+(reload|restart))\s*$"),
    # ref: sudo journalctl -u postgresql -n 100
    case("last 100 lines of the postgres logs",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-\w*u\s*|--unit[= ])['\"]?postgresql(@[\w-]+)?(\.service)?\b)(?=.*(\s-n\s*|--lines[= ])100\b)",
         r"^" + SUDO + r"tail\s+(-n\s*100|-100|--lines[= ]100)\s+/var/log/postgresql/\S*\s*$"),
    # ref: sudo systemctl disable --now bluetooth
    case("stop bluetooth and keep it from starting on boot",
         r"^" + SUDO + r"systemctl\s+(disable\s+--now\s+bluetooth(\.service)?|--now\s+disable\s+bluetooth(\.service)?|disable\s+bluetooth(\.service)?\s+--now)\s*$",
         r"^" + SUDO + r"systemctl\s+stop\s+bluetooth(\.service)?\s*(&&|;)\s*(sudo )?systemctl\s+disable\s+bluetooth(\.service)?\s*$",
         r"^" + SUDO + r"systemctl\s+disable\s+bluetooth(\.service)?\s*(&&|;)\s*(sudo )?systemctl\s+stop\s+bluetooth(\.service)?\s*$",
         dangerous=True),
    # ref: journalctl -fu docker
    case("follow docker's logs live",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-\w*u\s*|--unit[= ])docker(\.service)?(\s|$))(?=.*(\s-\w*f|--follow\b))"),
    # ref: systemctl --failed
    case("any services failed?",
         r"^" + SUDO + r"systemctl\b(?=.*(--failed\b|--state[= ]['\"]?failed\b))"),
    # ref: journalctl -p err --since yesterday
    case("errors in the journal since yesterday",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-p\s*|--priority[= ])['\"]?(err|3|0\.\.3|emerg\.\.err)\b)(?=.*(\s-S\s*|--since[= ])['\"]?yesterday)",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-S\s*|--since[= ])['\"]?yesterday)[^|]*\|\s*grep\b.*(?i:err)"),
    # ref: sudo systemctl enable my-api.service
    case("make my-api.service start on boot",
         r"^" + SUDO + r"systemctl\s+(--now\s+)?enable\s+(--now\s+)?my-api(\.service)?(\s+--now)?\s*$"),
    # ref: sudo dmesg -T | grep -i usb
    case("usb stuff in dmesg w/ readable timestamps",
         r"^" + SUDO + r"dmesg\b(?=[^|]*(\s-\w*T|--ctime\b|\s-\w*H|--human\b|--time-format[= ](ctime|iso|reltime)))(?=.*\|\s*(grep|rg)\b.*(?i:usb))",
         r"^" + SUDO + r"journalctl\b(?=.*(\s-\w*k|--dmesg\b))(?=.*(\|\s*(grep|rg)\b.*(?i:usb)|(\s-g\s*|--grep[= ])['\"]?(?i:usb)))"),
    # ref: sudo crontab -l -u root
    case("what cron jobs does root have",
         r"^sudo\s+crontab\s+-l\s*$",
         r"^" + SUDO + r"crontab\s+(-u\s*root\s+-l|-l\s+-u\s*root)\s*$",
         r"^sudo\s+(cat|less)\s+/var/spool/cron/crontabs/root\s*$"),

    # ---- system info & desktop (9) ----
    # ref: lsb_release -a
    case("which ubuntu version am i on",
         r"^lsb_release\s+-\w+",
         r"^(cat|less|more)\s+/etc/(os-release|lsb-release|issue)\s*$",
         r"^(grep|awk)\b.*/etc/os-release\s*$",
         r"^hostnamectl(\s+status)?\s*$"),
    # ref: free -h
    case("how much ram is free rn, human readable",
         r"^free\s+(-\S+\s+)*(-\w*[hg]\w*|--human|--giga|--gibi)(\s|$)"),
    # ref: lscpu
    case("cpu model + how many cores?",
         r"^lscpu\b",
         r"^(grep|cat|awk)\b.*/proc/cpuinfo",
         r"^" + SUDO + r"(inxi\s+-\w*C|hwinfo\s+--cpu|dmidecode\s+-t\s*(processor|4))\b"),
    # ref: lspci | grep -i vga
    case("what graphics card have i got",
         r"^" + SUDO + r"lspci\b[^|]*(\|\s*(grep|egrep|rg)\b.*(?i:vga|3d|display|video|graphics|nvidia|amd|radeon).*)?$",
         r"^" + SUDO + r"lshw\b.*(-C|-class)\s*(display|video)",
         r"^(nvidia-smi|glxinfo)\b",
         r"^inxi\b.*-\w*G"),
    # ref: upower -i $(upower -e | grep BAT)
    case("battery % left?",
         r"^upower\b.*(\s-i|--show-info|\s-d|--dump)\b",
         r"^acpi(\s+-\w*[bV]\w*)?\s*$",
         r"^cat\s+/sys/class/power_supply/BAT\w*/capacity\s*$",
         r"^inxi\b.*-\w*B"),
    # ref: xdg-open .
    case("open this folder in the file manager",
         r"^(xdg-open|nautilus(\s+(--new-window|-w))?|gio\s+open|nemo|thunar|dolphin|caja)\s+(\.|\./|['\"]?\$PWD['\"]?|['\"]?\$\(pwd\)['\"]?|/home/user/project/?)\s*(&\s*(disown)?)?\s*$"),
    # ref: gsettings set org.gnome.desktop.interface color-scheme 'prefer-dark'
    case("turn on dark mode",
         r"^gsettings\s+set\s+org\.gnome\.desktop\.interface\s+(color-scheme\s+['\"]?prefer-dark['\"]?|gtk-theme\s+['\"]?Yaru(-\w+)?-dark['\"]?)"),
    # ref: gsettings set org.gnome.desktop.background picture-uri 'file:///home/user/Pictures/mountains.jpg'
    case("set my wallpaper to ~/Pictures/mountains.jpg",
         r"^gsettings\s+set\s+org\.gnome\.desktop\.background\s+picture-uri(-dark)?\s+['\"]?(file://)?" + _HOME + r"/Pictures/mountains\.jpg['\"]?"),
    # ref: gnome-screenshot -f ~/Pictures/shot.png
    case("screenshot the whole screen to ~/Pictures/shot.png",
         r"^(?!.*\s(-w|-a|-s|-g|--window|--area|--select|--geometry)\b)(gnome-screenshot\s+(-\S+\s+)*(-f\s*|--file[= ])|scrot\s+(-\S+\s+)*|grim\s+(-\S+\s+)*|import\s+-window\s+root\s+|spectacle\s+(-\S+\s+)*-\w*o\s*|maim\s+(-\S+\s+)*)['\"]?" + _HOME + r"/Pictures/shot\.png['\"]?\s*$"),

    # ---- users & env & shell config (9) ----
    # ref: echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
    case("add ~/.local/bin to my PATH for good",
         r"^(echo|printf)\b(?=.*export\s+PATH=.*(\$HOME|\$\{HOME\}|~|/home/user)/\.local/bin)(?=.*\$\{?PATH\b)(?=.*>>\s*['\"]?" + _HOME + r"/\.(bashrc|profile|bash_profile|zshrc)['\"]?(\s|$))"),
    # ref: sudo useradd -m alex
    case("create a new user alex w/ a home dir",
         r"^" + SUDO + r"useradd\b(?=.*\s(-\w*m|--create-home)\b)(?=.*\salex\s*$)",
         r"^" + SUDO + r"adduser\s+(--\S+(\s+\S+)?\s+)*alex\s*$"),
    # ref: echo "alias gs='git status'" >> ~/.bashrc
    case("alias gs for git status, make it stick",
         r"^(echo|printf)\b(?=.*alias\s+gs=\\?['\"]?git status\b)(?=.*>>\s*['\"]?" + _HOME + r"/\.(bashrc|bash_aliases|zshrc)['\"]?(\s|$))"),
    # ref: chsh -s $(which zsh)
    case("change my default shell to zsh",
         r"^" + SUDO + r"chsh\s+(-s\s*|--shell[= ])['\"]?(\$\((which|command -v)\s+zsh\)|`which zsh`|(/usr)?/bin/zsh)['\"]?(\s+(user|\$USER|\$\(whoami\)))?\s*$",
         r"^sudo\s+usermod\s+(-s\s*|--shell[= ])(/usr)?/bin/zsh\s+user\s*$"),
    # ref: who
    case("who's logged in rn",
         r"^(who(\s+-[aHuTq]+)*|w(\s+-\w+)*|users)\s*$",
         r"^loginctl\s+list-sessions\s*$"),
    # ref: export JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64
    case("point JAVA_HOME at /usr/lib/jvm/java-21-openjdk-amd64, only for this terminal",
         r"^export\s+JAVA_HOME=['\"]?/usr/lib/jvm/java-21-openjdk-amd64/?['\"]?\s*$"),
    # ref: sudo passwd bob
    case("reset bob's password",
         r"^" + SUDO + r"passwd\s+bob\s*$"),
    # ref: sudo userdel -r intern2
    case("delete user intern2 and their home folder",
         r"^" + SUDO + r"(userdel\b(?=.*\s(-\w*r|--remove)\b)(?=.*\sintern2\s*$)|deluser\b(?=.*\s(--remove-home|--remove-all-files)\b)(?=.*\sintern2\s*$))",
         dangerous=True),
    # ref: env | grep -i proxy
    case("which env vars have proxy in the name",
         r"^(env|printenv|set|export\s+-p|declare\s+-x|declare\s+-p)\s*\|\s*(grep|rg)\b.*(?i:proxy)"),
)
