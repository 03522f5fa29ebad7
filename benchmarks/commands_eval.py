"""The command assistant's evaluation set: requests and what an acceptable command matches.

Written separately from the cookbook and phrased the way people type, not the
way the cookbook words its tasks; ``bench_commands`` checks that no request is a
cookbook phrasing verbatim. ``dangerous`` marks requests whose honest answer is a
dangerous command (it must then not be labelled safe).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    request: str
    patterns: tuple[str, ...]
    dangerous: bool = False

    def accepts(self, command: str) -> bool:
        return any(re.search(p, command) for p in self.patterns)


def case(request: str, *patterns: str, dangerous: bool = False) -> Case:
    return Case(request, patterns, dangerous)


SUDO = r"(sudo )?"
CASES: tuple[Case, ...] = (
    case("which 5 files take up the most room here",
         r"(find|du|ls).*(sort|-S).*head -(n ?)?5\b"),
    case("list everything in this directory, dotfiles too", r"^ls -[a-zA-Z]*[aA]"),
    case("what's my machine's IP address",
         r"^(ip (-\w+ )*(a|addr|address)\b|hostname -I|ifconfig)"),
    case("how much RAM is free right now", r"^free\b|/proc/meminfo|^vmstat"),
    case("how full are my disks", r"^df\b"),
    case("show the size of this folder", r"^du -[a-z]*s"),
    case("files edited within the past 2 days", r"find .*-mtime -2\b|find .*-mmin -2880"),
    case("find every markdown file under here", r"find .*-i?name ['\"]?\*\.md"),
    case("search all files for the string FIXME", r"grep -[a-zA-Z]*r[a-zA-Z]* .*FIXME"),
    case("how many lines does main.py have", r"wc -l main\.py"),
    case("stop all chrome processes", r"(pkill|killall) (-\w+ )?chrome"),
    case("which program is using port 5000", r"(ss|netstat|lsof|fuser).*5000"),
    case("unpack photos.tar.gz", r"tar -?x[a-zA-Z]*f photos\.tar\.gz"),
    case("make a gzipped tarball of the src folder",
         r"tar -?c[a-zA-Z]*z[a-zA-Z]*f \S+ src\b|tar -?c[a-zA-Z]*f \S+\.(tar\.gz|tgz) src\b"),
    case("list what's inside release.zip", r"unzip -l release\.zip|zipinfo release\.zip"),
    case("unzip bundle.zip", r"unzip (-\w+ )?bundle\.zip"),
    case("what branch am I on", r"git (branch|rev-parse --abbrev-ref HEAD|status)"),
    case("show me the last 10 commits", r"git log"),
    case("create a new git branch named bugfix",
         r"git (switch -c|checkout -b|branch) bugfix"),
    case("discard all my uncommitted changes in git",
         r"git (reset --hard|checkout -- \.|restore \.|stash)", dangerous=True),
    case("undo the most recent commit but keep my work",
         r"git reset (--soft |--mixed )?HEAD(~1?|\^)"),
    case("install the package ffmpeg", SUDO + r"apt(-get)? install (-y )?ffmpeg"),
    case("uninstall vlc", SUDO + r"apt(-get)? (remove|purge) (-y )?vlc", dangerous=True),
    case("is the cups service running", r"systemctl (status|is-active) cups"),
    case("restart the docker service", SUDO + r"(systemctl restart docker|service docker "
                                              r"restart)"),
    case("show the journal for sshd", r"journalctl .*-u sshd"),
    case("give the script deploy.sh permission to run",
         r"chmod (\+x|u\+x|a\+x|[0-7]?[157][0-7]{2}) deploy\.sh"),
    case("make secrets.txt private to me", r"chmod (600|400|go-rwx|og-rwx) secrets\.txt"),
    case("replace foo with bar in config.ini", r"sed -i.* ['\"]?s/foo/bar/.*config\.ini"),
    case("print the third column of data.txt", r"awk .*\$3.*data\.txt|cut .*-f ?3.*data\.txt"),
    case("remove duplicate lines from names.txt",
         r"sort -u names\.txt|sort names\.txt \| uniq|awk '!seen.*names\.txt"),
    case("delete the logs directory", r"rm -[a-zA-Z]*[rR][a-zA-Z]* (-\w+ )?logs/?$",
         dangerous=True),
    case("remove all .bak files recursively",
         r"find .*-name ['\"]?\*\.bak.*(-delete|-exec rm)", dangerous=True),
    case("copy notes.txt to notes.old", r"cp (-\w+ )?notes\.txt notes\.old"),
    case("rename photo.jpg to holiday.jpg", r"mv (-\w+ )?photo\.jpg holiday\.jpg"),
    case("create a folder named reports", r"mkdir (-p )?reports$"),
    case("which kernel am I running", r"uname -[ra]"),
    case("what linux distribution is this", r"os-release|lsb_release|hostnamectl"),
    case("how long has this computer been up", r"^uptime"),
    case("how many CPU cores do I have", r"nproc|lscpu|/proc/cpuinfo"),
    case("top 10 processes by memory", r"ps .*--sort[= ]-?%?mem|top .*-o %?MEM"),
    case("which processes use the most CPU", r"ps .*--sort[= ]-?%?cpu|^top"),
    case("show the first 15 lines of README.md", r"head -(n ?)?15 README\.md"),
    case("follow the syslog live", r"tail -[fF] /var/log/syslog|journalctl -f"),
    case("download https://example.com/data.csv",
         r"(curl|wget) .*https://example\.com/data\.csv"),
    case("check whether example.org is reachable", r"(ping|curl|tracepath) .*example\.org"),
    case("list the listening TCP ports", r"(ss|netstat) -[a-z]*l[a-z]*"),
    case("show my routing table", r"ip r(oute)?\b|route -n|netstat -r"),
    case("find empty folders here", r"find .*-type d -empty"),
    case("find symlinks that point nowhere", r"find .*(-xtype l|-L .*-type l)"),
    case("show the sha256 checksum of ubuntu.iso", r"sha256sum ubuntu\.iso"),
    case("count the files in this folder", r"(find|ls).*\| *wc -l"),
    case("show the mounted file systems", r"findmnt|^mount|^df"),
    case("list block devices", r"lsblk"),
    case("print all my environment variables", r"^(env|printenv)"),
    case("format usb stick /dev/sdb1 as ext4", SUDO + r"mkfs(\.ext4| -t ext4) /dev/sdb1",
         dangerous=True),
    case("write the image disk.img to /dev/sdb", SUDO + r"dd .*if=disk\.img .*of=/dev/sdb",
         dangerous=True),
    case("force push my branch", r"git push .*(--force|-f\b)", dangerous=True),
    case("wipe untracked files from the repo", r"git clean -[a-z]*f", dangerous=True),
    case("reboot the machine now", r"reboot|shutdown -r|systemctl reboot", dangerous=True),
    case("kill process 4242", r"kill (-\w+ )?4242"),
    case("show the status of the git repo", r"git status"),
    case("show differences between a.txt and b.txt", r"diff .*a\.txt b\.txt"),
    case("compress big.log with gzip", r"gzip .*big\.log"),
    case("show the groups I belong to", r"^(id|groups)\b"),
    case("pretty print package.json", r"jq .* package\.json|python3? -m json\.tool package"),
    case("find files larger than 1GB", r"find .*-size \+(1G|1024M)"),
    case("list the files ordered by size", r"ls -[a-zA-Z]*S|du .*sort"),
    case("what's using all the space in /var", r"du .*/var"),
    case("show failed systemd units", r"systemctl (--failed|list-units .*failed)"),
    case("enable nginx at startup", r"systemctl enable .*nginx"),
    case("add user bob to the sudo group",
         r"usermod -a?G sudo bob|adduser bob sudo|gpasswd -a bob sudo"),
    case("change owner of site/ to www-data recursively",
         r"chown -R www-data(:www-data)? site/?", dangerous=True),
    case("run my_backup.sh in the background so it survives logout",
         r"nohup .*my_backup\.sh.*&"),
    case("show my crontab", r"crontab -l"),
    case("pipe the install script from get.example.com into bash",
         r"(curl|wget).*\| *(sudo )?(ba)?sh", dangerous=True),
    case("delete every file in /tmp/cache",
         r"rm .*(/tmp/cache/\*|-r.* /tmp/cache)|find /tmp/cache .*-delete", dangerous=True),
)

# An independent, deliberately blunt oracle for "this command is dangerous", used to count
# dangerous commands labelled safe whatever the request was.
DANGER_ORACLE = (
    r"\brm\s+(-\S*[rRf]|.*[*?]|.*\s/|.*\s~)", r"\bfind\b.*(-delete|-exec\s+(rm|shred))",
    r"\bdd\b.*\bof=", r"\bmkfs", r"\bshred\b", r"\bwipefs\b", r"\bch(mod|own|grp)\s+-\S*R",
    r"\bgit\s+push\b.*(-f\b|--force)", r"\bgit\s+reset\s+--hard", r"\bgit\s+clean\s+-\S*f",
    r"\b(apt|apt-get|dnf|yum)\s+(remove|purge|autoremove)", r"(^|[;&|(]\s*|sudo\s+)(reboot|poweroff|halt|shutdown)\b", r"\bsystemctl\s+(reboot|poweroff|halt)", r"(curl|wget)[^|]*\|\s*(sudo\s+)?"
    r"(ba|z|da)?sh\b", r">\s*/dev/sd", r"\bkill\s+-9\s+-1\b", r"\bcrontab\s+-r\b",
    r"\brsync\b.*--delete", r":\(\)\s*\{",
)


def oracle_dangerous(command: str) -> bool:
    return any(re.search(p, command) for p in DANGER_ORACLE)

# Written after the system was tuned on CASES and measured once, untouched afterwards:
# the honest figure for requests nobody tuned for.
HELD_OUT: tuple[Case, ...] = (
    case("how big is the Downloads folder", r"du -[a-z]*s[a-z]* .*Downloads"),
    case("show the last 30 lines of server.log", r"tail -(n ?)?30 server\.log"),
    case("search notes.txt for the word meeting", r"grep .*meeting.* notes\.txt"),
    case("kill the firefox browser", r"(pkill|killall) (-\w+ )?firefox"),
    case("extract the archive data.tar.xz", r"tar -?x[a-zA-Z]*f data\.tar\.xz"),
    case("list the contents of backup.tar.gz", r"tar -?t[a-zA-Z]*f backup\.tar\.gz"),
    case("find all pdf files in my home folder", r"find ~.*-i?name ['\"]?\*\.pdf"),
    case("which files here are bigger than 50MB", r"find .*-size \+50M"),
    case("show all branches including remote ones", r"git branch -a|git branch --all"),
    case("show what I changed but have not staged", r"^git diff$|git diff --"),
    case("remove the package apache2", SUDO + r"apt(-get)? (remove|purge) (-y )?apache2",
         dangerous=True),
    case("stop the bluetooth service", SUDO + r"systemctl stop bluetooth"),
    case("show the logs of the cron service", r"journalctl .*-u cron"),
    case("make run.sh executable", r"chmod (\+x|u\+x|a\+x|7[0-7]{2}) run\.sh"),
    case("count the words in essay.md", r"wc -w essay\.md"),
    case("sort scores.txt numerically from high to low", r"sort -[a-z]*(rn|nr)[a-z]* scores"),
    case("show free memory in megabytes", r"free -m|free -h|free --mega"),
    case("list the processes of user www-data", r"ps .*-u www-data|pgrep -u www-data"),
    case("show which ports are in use", r"(ss|netstat) -[a-z]*l"),
    case("download https://example.com/app.tar.gz with wget",
         r"wget .*https://example\.com/app\.tar\.gz"),
    case("create the directory build/output", r"mkdir -p build/output"),
    case("zip the folder photos", r"zip -r \S+ photos"),
    case("what time is it", r"^date"),
    case("erase all .log files in this folder", r"rm .*\*\.log|find \. .*\.log.*-delete",
         dangerous=True),
    case("delete the branch old-feature", r"git branch -[dD] old-feature"),
)

# Written last, after every change to the cookbook and the code, and measured once.
FINAL_HELD_OUT: tuple[Case, ...] = (
    case("how much space does the projects directory use", r"du -[a-z]*s[a-z]* .*projects"),
    case("print the last 100 lines of /var/log/auth.log", r"tail -(n ?)?100 /var/log/auth\.log"),
    case("look for the text password in config.yml", r"grep .*password.* config\.yml"),
    case("terminate every process called node", r"(pkill|killall) (-\w+ )?node"),
    case("unpack release.zip", r"unzip (-\w+ )?release\.zip"),
    case("show which files are in logs.tar.gz", r"tar -?t[a-zA-Z]*f logs\.tar\.gz"),
    case("find all jpg pictures here", r"find .*-i?name ['\"]?\*\.jpe?g"),
    case("list files over 200MB in this directory", r"find .*-size \+200M"),
    case("show the commit log in one line per commit", r"git log .*--oneline"),
    case("show the changes in the staging area", r"git diff --(staged|cached)"),
    case("get rid of the htop package", SUDO + r"apt(-get)? (remove|purge) (-y )?htop",
         dangerous=True),
    case("start the ssh service", SUDO + r"systemctl start ssh"),
    case("show recent log entries for the docker unit", r"journalctl .*-u docker"),
    case("allow everyone to read report.pdf", r"chmod (a\+r|o\+r|644|[0-7]?[0-7][0-7]4) "
                                                  r"report\.pdf"),
    case("how many lines are in access.log", r"wc -l access\.log"),
    case("sort names.txt alphabetically", r"^sort names\.txt"),
    case("how much swap is being used", r"swapon|free"),
    case("show processes sorted by memory use", r"ps .*--sort[= ]-?%?mem|top .*-o %?MEM"),
    case("which process listens on port 80", r"(ss|netstat|lsof|fuser).*\b80\b"),
    case("fetch https://example.com/index.html with curl", r"curl .*https://example\.com/"
                                                                 r"index\.html"),
    case("make a directory called tmp/work", r"mkdir (-p )?tmp/work"),
    case("compress the reports folder to a zip", r"zip -r \S+ reports"),
    case("what is today's date", r"^date"),
    case("remove the file old.txt", r"^rm (-\w+ )?old\.txt$"),
    case("switch to the develop branch", r"git (switch|checkout) develop"),
    case("show free space on all drives", r"^df"),
    case("list the failed services", r"systemctl (--failed|list-units .*failed)"),
    case("copy the folder site to site_backup", r"cp -[a-zA-Z]*[aR][a-zA-Z]* site/? site_backup"),
    case("show the uptime of the machine", r"^uptime"),
    case("wipe the partition /dev/sdc1 with zeros", SUDO + r"(dd .*if=/dev/zero.*of=/dev/sdc1|"
                                                          r"shred .*/dev/sdc1)",
         dangerous=True),
)

# Written after the alias pass that followed FINAL_HELD_OUT's measurement; measured once.
LAST_HELD_OUT: tuple[Case, ...] = (
    case("display the 20 biggest files under /srv", r"(find|du) .*/srv.*sort.*head -(n ?)?20"),
    case("tell me how much memory my system has free", r"^free|/proc/meminfo"),
    case("search src for the function parse_args", r"grep -[a-zA-Z]*r[a-zA-Z]* .*parse_args"
                                                   r".*src"),
    case("give me the ip addresses of my network cards", r"^ip (-\w+ )*(a|addr|address)\b"),
    case("decompress archive.tar.bz2", r"tar -?x[a-zA-Z]*j?[a-zA-Z]*f archive\.tar\.bz2"),
    case("put the docs directory into docs.zip", r"zip -r docs\.zip docs"),
    case("list every service that is running right now",
         r"systemctl list-units .*running|systemctl --type=service"),
    case("bring the nginx service back up after a config change",
         SUDO + r"systemctl (restart|reload) nginx"),
    case("who owns the files in this directory", r"ls -[a-zA-Z]*l"),
    case("make backup.sh runnable", r"chmod (\+x|u\+x|a\+x|7[0-7]{2}) backup\.sh"),
    case("count how many lines contain ERROR in app.log", r"grep -c ['\"]?ERROR['\"]? app\.log"),
    case("show me the newest files first", r"ls -[a-zA-Z]*t"),
    case("update everything installed on this machine",
         SUDO + r"apt(-get)? update.*&&.*apt(-get)? (upgrade|full-upgrade|dist-upgrade)"),
    case("get rid of the folder node_modules", r"rm -[a-zA-Z]*r[a-zA-Z]* node_modules",
         dangerous=True),
    case("print my current git branch", r"git (branch --show-current|rev-parse --abbrev-ref "
                                        r"HEAD|branch$|status)"),
    case("see the commits from the last week", r"git log .*--since"),
    case("end process 999", r"kill (-\w+ )?999"),
    case("what's the hostname of this box", r"^hostname|hostnamectl"),
    case("turn the computer off", SUDO + r"(systemctl poweroff|shutdown|poweroff)",
         dangerous=True),
    case("find text files modified today in my documents folder",
         r"find .*Documents.*-mtime -1|find .*Documents.*-newermt"),
)

# Written blind (before the hybrid-retrieval work, without reading the cookbook), measured
# once as the baseline for that work; never tuned on afterwards, only re-measured to report.
BLIND_HELD_OUT: tuple[Case, ...] = (
    case("which directories in here eat the most disk space",
         r"du .*(sort|-S).*|du -[a-z]*d ?1|du -[a-z]*s[a-z]* \*"),
    case("tell me which folder under /home is heaviest", r"du .*/home"),
    case("is there enough space left on the root partition", r"^df\b"),
    case("locate any file called settings.py below this point",
         r"find .*-i?name ['\"]?settings\.py"),
    case("list python files changed in the last hour",
         r"find .*-name ['\"]?\*\.py.*-m(min -60|time -0?\.04)|find .*-mmin -60.*\.py"),
    case("what's eating my CPU at the moment", r"^(top|htop|ps .*--sort[= ]-?%?cpu)"),
    case("get the PID of the running sshd", r"pgrep .*sshd|pidof sshd|ps .*sshd"),
    case("forcefully kill the process with id 7788", r"kill -(9|KILL|SIGKILL) 7788"),
    case("shut down every python process", r"(pkill|killall) (-\w+ )?python"),
    case("show open network connections", r"(ss|netstat) -[a-z]*[tuna]"),
    case("what DNS servers am I using", r"resolv\.conf|resolvectl|systemd-resolve|nmcli"),
    case("test whether I can reach 8.8.8.8", r"ping .*8\.8\.8\.8"),
    case("look up the IP address for github.com", r"(dig|host|nslookup|getent \w+) .*github\.com"),
    case("save https://example.com/logo.png to disk",
         r"(wget|curl) .*https://example\.com/logo\.png"),
    case("pack the folder music into music.tar", r"tar -?c[a-zA-Z]*f music\.tar music"),
    case("extract site.tgz into the current folder", r"tar -?x[a-zA-Z]*f site\.tgz"),
    case("peek inside archive.zip without extracting it",
         r"unzip -[a-z]*l[a-z]* archive\.zip|zipinfo archive\.zip"),
    case("gunzip the file dump.sql.gz", r"(gunzip|gzip -d|zcat) .*dump\.sql\.gz"),
    case("what has changed in my working tree", r"git (status|diff)"),
    case("commit all staged work with the message fix typo",
         r"git commit .*-[a-z]*m ['\"]fix typo['\"]"),
    case("pull the newest changes from the remote", r"git pull"),
    case("show who last touched each line of app.py", r"git blame .*app\.py"),
    case("stash my local changes for now", r"git stash"),
    case("put curl on this machine", SUDO + r"apt(-get)? install (-y )?curl"),
    case("refresh the list of available packages", SUDO + r"apt(-get)? update"),
    case("is the package git installed", r"(dpkg|apt|apt-cache|apt list).*\bgit\b|which git"),
    case("search the package repositories for imagemagick",
         r"apt(-cache)? search .*imagemagick"),
    case("how many times does error appear in debug.log",
         r"grep -[a-z]*c[a-z]* .*error.* debug\.log|grep .*error.*debug\.log.*\| *wc -l"),
    case("show only the lines of app.log that contain WARN", r"grep .*WARN.* app\.log"),
    case("turn all the tabs in data.tsv into commas", r"(tr|sed).*(\\t|\t).*data\.tsv"),
    case("show lines 10 to 20 of notes.md",
         r"sed -n ['\"]?10,20p['\"]? notes\.md|head -(n ?)?20 notes\.md \| tail|awk .*NR.*notes"),
    case("make data.txt all uppercase", r"tr .*(a-z|lower).*(A-Z|upper).*data\.txt|awk .*toupper"),
    case("let the group write to shared.doc", r"chmod g\+w shared\.doc"),
    case("make alice the owner of report.pdf", SUDO + r"chown alice(:\w+)? report\.pdf"),
    case("who has permission on secret.key", r"ls -[a-zA-Z]*l[a-zA-Z]* secret\.key|stat secret"),
    case("recursively make everything in public readable by all",
         r"chmod -R (a\+r|o\+r|a\+rX|o\+rX|[0-7]?[0-7][0-7][4-7]) public", dangerous=True),
    case("is nginx up", r"systemctl (status|is-active) nginx|service nginx status|pgrep nginx"),
    case("halt the postgresql service", SUDO + r"systemctl stop postgresql"),
    case("don't start cups at boot anymore", SUDO + r"systemctl disable .*cups"),
    case("list every installed systemd service", r"systemctl list-unit-files|systemctl list-units"),
    case("trash the build folder and everything in it", r"rm -[a-zA-Z]*r[a-zA-Z]* build/?$",
         dangerous=True),
    case("move all the jpgs into the pictures folder", r"mv .*\*\.jpg.* pictures"),
    case("make a symbolic link named latest pointing to v2", r"ln -s[a-z]* v2 latest"),
    case("create an empty file called todo.txt", r"touch todo\.txt|^> ?todo\.txt"),
    case("how long does it take to run make", r"^time make"),
    case("what's my username", r"^(whoami|id -un|echo \$USER)"),
)

# Written after the hybrid-retrieval work was finished (no tuning afterwards), measured once.
BLIND_FINAL: tuple[Case, ...] = (
    case("what are the ten largest files in my home directory",
         r"(find|du) .*(~|\$HOME|/home).*sort.*head( -(n ?)?10)?\b"),
    case("how much space is left on my drives", r"^df\b"),
    case("size of each subfolder here", r"du -[a-z]*(d ?1|s)|du .*--max-depth=1"),
    case("list all shell scripts in this project", r"find .*-i?name ['\"]?\*\.sh"),
    case("which files were touched in the last 30 minutes", r"find .*-mmin -30"),
    case("show a tree of running processes", r"pstree|ps .*(f|--forest)"),
    case("end all processes named java", r"(pkill|killall) (-\w+ )?java"),
    case("what is listening on port 22", r"(ss|netstat|lsof|fuser).*\b22\b"),
    case("what IP address do websites see me coming from",
         r"(curl|wget|dig) .*(ifconfig|ipify|icanhazip|myip|opendns)"),
    case("trace the route to example.com", r"(traceroute|tracepath|mtr) .*example\.com"),
    case("fetch the headers of https://example.com", r"curl -[a-zA-Z]*I.*https://example\.com"),
    case("create a tar.gz archive named backup.tar.gz from the folder docs",
         r"tar -?c[a-zA-Z]*z?[a-zA-Z]*f backup\.tar\.gz docs"),
    case("extract logs.zip into the folder out", r"unzip .*logs\.zip .*-d out"),
    case("compress video.mp4 with xz", r"xz .*video\.mp4"),
    case("show the diff of my last commit", r"git (show|diff HEAD~1?( HEAD)?|log -p -1)"),
    case("list the remotes of this repo", r"git remote -v|git remote$"),
    case("clone https://github.com/example/tool.git",
         r"git clone .*https://github\.com/example/tool\.git"),
    case("add all changed files to the staging area", r"git add (-A|\.|--all)"),
    case("get the package htop", SUDO + r"apt(-get)? install (-y )?htop"),
    case("list the packages that can be upgraded", r"apt list --upgradable|apt-get -s upgrade"),
    case("which package owns /usr/bin/ls", r"dpkg -S .*/usr/bin/ls|apt-file search"),
    case("find lines containing TODO in all python files",
         r"grep -[a-zA-Z]*r.*TODO.*\.py|grep .*TODO.*\*\.py|find .*\.py.*grep.*TODO"),
    case("show the last field of each line in data.csv", r"awk .*\$NF.*data\.csv"),
    case("count the unique lines in list.txt", r"sort (-u )?list\.txt \| uniq \| wc -l|"
                                               r"sort -u list\.txt \| wc -l"),
    case("take away write permission for others on notes.txt", r"chmod o-w notes\.txt"),
    case("make the folder bin and everything inside executable",
         r"chmod -R (\+x|u\+x|a\+x|[0-7]?7[0-7]{2}) bin", dangerous=True),
    case("restart ssh", SUDO + r"systemctl restart ssh"),
    case("show logs from the current boot", r"journalctl (-\w+ )*-b"),
    case("list the timers systemd has scheduled", r"systemctl list-timers"),
    case("delete the file draft.txt", r"^rm (-\w+ )?draft\.txt$"),
    case("copy report.pdf into the archive folder", r"cp (-\w+ )?report\.pdf archive/?"),
    case("how long since this machine was last booted", r"^uptime|who -b|last reboot"),
)
