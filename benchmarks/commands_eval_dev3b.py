"""Third development set (part b): written without seeing the assistant's cookbook or code."""
from __future__ import annotations
from benchmarks.commands_eval import SUDO, Case, case

_HOME = r"(~|\$HOME|\$\{HOME\}|/home/user)"

DEV3B: tuple[Case, ...] = (
    # ---- packages (14) ----
    # ref: dpkg -l nginx
    # ref: apt list --installed nginx
    # wrong: sudo apt install nginx
    case("is nginx even installed on here?",
         r"^(dpkg(-query)? (-[lsW]|--(list|status|show))\b.*\bnginx\b|apt(-cache)? policy nginx\b"
         r"|apt list\b(?=.*--installed)(?=.*\bnginx\b)|(which|command -v) nginx\b)"),
    # ref: sudo apt install -y htop
    # wrong: apt search htop
    # wrong: sudo apt remove htop
    case("install htop pls",
         "^" + SUDO + r"(apt(-get)? install|snap install)\b(?=.*\shtop(\s|$))"),
    # ref: sudo apt purge -y vlc
    # ref: sudo apt-get remove --purge vlc
    # wrong: sudo apt remove vlc
    case("get rid of vlc completely, config files and all",
         "^" + SUDO + r"apt(-get)? (purge\b|remove\b(?=.*--purge)|autoremove\b(?=.*--purge))(?=.*\svlc(\s|$))",
         dangerous=True),
    # ref: sudo apt-mark hold docker-ce
    # wrong: sudo apt-mark unhold docker-ce
    # wrong: sudo apt install docker-ce
    case("dont let apt upgrade docker-ce, freeze it at the current version",
         "^" + SUDO + r"(apt-mark hold\b.*\sdocker-ce(\s|$)|echo ['\"]?docker-ce hold['\"]? \| (sudo )?dpkg --set-selections)"),
    # ref: dpkg -L openssh-server
    # wrong: dpkg -S openssh-server
    case("what files did openssh-server put on my system",
         r"^dpkg(-query)? (-L|--listfiles) openssh-server(:\w+)?\s*$"),
    # ref: dpkg -S /usr/bin/rsync
    # wrong: dpkg -L rsync
    case("which package does /usr/bin/rsync belong to",
         r"^(dpkg(-query)? (-S|--search)|apt-file search)\s+['\"]?(/usr)?/bin/rsync\b",
         r"^dpkg(-query)? (-S|--search) \"?\$\((which|command -v) rsync\)"),
    # ref: sudo apt autoremove
    # wrong: sudo apt autoclean
    case("clean out packages nothing needs anymore",
         "^" + SUDO + r"apt(-get)? autoremove\b",
         dangerous=True),
    # ref: sudo apt update && sudo apt upgrade -y
    # wrong: sudo apt upgrade
    # wrong: sudo apt update
    case("update everything real quick",
         "^" + SUDO + r"apt(-get)? update\b.*(&&|;)\s*(sudo )?apt(-get)? (full-|dist-)?upgrade\b"),
    # ref: pip install -r requirements.txt
    # ref: .venv/bin/pip install -r requirements.txt
    # wrong: pip install requirements.txt
    case("pip install everything from requirements.txt",
         r"^(\S*/)?(python3? -m )?pip3? install\b.*(-r\s*|--requirement[= ])(\./)?requirements\.txt\b"),
    # ref: pip list --outdated
    # wrong: pip list
    case("which of my pip packages are out of date",
         r"^(\S*/)?(python3? -m )?pip3? list\b.*\s(-o|--outdated)\b"),
    # ref: snap list
    # wrong: snap find
    case("what snaps do i have",
         r"^snap list\b"),
    # ref: sudo snap install spotify
    # wrong: sudo apt install spotify
    case("grab spotify from the snap store",
         "^" + SUDO + r"snap install\b(?=.*\sspotify(\s|$))"),
    # ref: sudo apt install ~/Downloads/zoom_amd64.deb
    # ref: sudo dpkg -i ~/Downloads/zoom_amd64.deb
    # wrong: sudo apt install zoom
    case("install the zoom_amd64.deb i downloaded, its in ~/Downloads",
         "^" + SUDO + r"(apt(-get)? install|dpkg (-i|--install))\b.*(Downloads/|\./)zoom_amd64\.deb\b",
         r"^cd " + _HOME + r"/Downloads\s*&&\s*(sudo )?(apt(-get)? install|dpkg (-i|--install))\b.*(\./)?zoom_amd64\.deb\b"),
    # ref: apt search ffmpeg
    # wrong: sudo apt install ffmpeg
    case("search the repos for ffmpeg packages",
         r"^apt(-cache)? search\b.*\bffmpeg\b"),

    # ---- text processing (24) ----
    # ref: wc -l src/main.py
    # wrong: wc -w src/main.py
    case("how many lines is src/main.py",
         r"^wc (-l|--lines) (\./)?src/main\.py\s*$",
         r"^(cat (\./)?src/main\.py \| wc -l|wc -l < ?(\./)?src/main\.py)\s*$"),
    # ref: grep -rn "TODO" --include="*.py" src
    # ref: rg -n TODO -t py src
    # wrong: grep -r TODO src
    case("find every TODO in the python files under src, with line numbers",
         r"^grep\b(?=.*\s(-\w*[rR]|--recursive))(?=.*\s(-\w*n|--line-number))(?=.*TODO)(?=.*\*\.py)(?=.*\ssrc/?(\s|$))",
         r"^rg\b(?=.*TODO)(?=.*(-t ?py|--type[ =]py|\*\.py))(?=.*\ssrc/?(\s|$))",
         r"^git grep\b(?=.*\s(-n|--line-number))(?=.*TODO)(?=.*\.py)",
         r"^find (\./)?src\b.*\*\.py.*grep\b.*\s-\w*n.*TODO"),
    # ref: grep -c ERROR app.log
    # ref: grep -o ERROR app.log | wc -l
    # wrong: grep ERROR app.log
    case("count how many times ERROR shows up in app.log",
         r"^grep\b(?=.*\s(-\w*c|--count))(?=.*ERROR).*\bapp\.log\b",
         r"^grep\b.*ERROR.*\bapp\.log\s*\|\s*wc -l\s*$"),
    # ref: head -n 20 data.csv
    # wrong: head data.csv
    # wrong: tail -n 20 data.csv
    case("first 20 rows of data.csv",
         r"^head (-n ?20|-20|--lines=20) (\./)?data\.csv\s*$",
         r"^sed -n ['\"]?1,20p['\"]? (\./)?data\.csv\s*$"),
    # ref: sed -i 's/foo/bar/g' config.yaml
    # wrong: sed 's/foo/bar/g' config.yaml
    # wrong: sed -i 's/foo/bar/' config.yaml
    case("replace every foo with bar in config.yaml, edit the file directly",
         r"^sed\b(?=.*\s(-\w*i|--in-place))(?=.*s(?P<d>[/|#,:])foo(?P=d)bar(?P=d)g).*\sconfig\.yaml\s*$",
         r"^perl -p?i\b.*s(?P<e>[/|#])foo(?P=e)bar(?P=e)g.*config\.yaml\s*$",
         dangerous=True),
    # ref: sort -u names.txt
    # ref: sort names.txt | uniq
    # wrong: uniq names.txt
    case("sort names.txt a-z and drop the dupes",
         r"^sort\b(?=.*\s(-\w*u|--unique))(?!.*\s-\w*r)(?!.*>).*\s(\./)?names\.txt\s*$",
         r"^(sort (\./)?names\.txt|cat (\./)?names\.txt \| sort) \| uniq\s*$"),
    # ref: awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -10
    # wrong: sort access.log | uniq -c | head
    # wrong: awk '{print $1}' access.log | sort | uniq -c | sort -n | head -10
    case("top 10 IPs hitting us in access.log (ip is the first column)",
         r"^(awk|cut)\b(?=.*(\$1\b|-f ?1\b)).*\baccess\.log\s*\|\s*sort\s*\|\s*uniq -c\s*\|\s*sort\b(?=[^|]*\s-\w*r)(?=[^|]*\s-\w*n)[^|]*\|\s*head( (-n ?|-|--lines=)10)?\s*$"),
    # ref: grep -v DEBUG server.log
    # wrong: grep DEBUG server.log
    case("lines in server.log that dont have DEBUG in them",
         r"^grep\b(?=.*\s(-\w*v|--invert-match))(?=.*DEBUG).*\sserver\.log\s*$"),
    # ref: cut -d, -f2,5 users.csv
    # ref: awk -F, '{print $2","$5}' users.csv
    # wrong: cut -f2,5 users.csv
    case("pull out columns 2 and 5 from users.csv (its comma separated)",
         r"^cut\b(?=.*(-d ?['\"]?,['\"]?|--delimiter=['\"]?,))(?=.*(-f ?|--fields=)2,5\b).*\susers\.csv\s*$",
         r"^awk\b(?=.*-F ?['\"]?,)(?=.*\$2\b.*\$5\b).*\susers\.csv\s*$"),
    # ref: tr '[:upper:]' '[:lower:]' < shout.txt
    # ref: awk '{print tolower($0)}' shout.txt
    # wrong: tr a-z A-Z < shout.txt
    case("print shout.txt but all lowercase",
         r"^(tr ['\"]?(\[:upper:\]|A-Z)['\"]? ['\"]?(\[:lower:\]|a-z)['\"]? < ?(\./)?shout\.txt"
         r"|cat (\./)?shout\.txt \| tr ['\"]?(\[:upper:\]|A-Z)['\"]? ['\"]?(\[:lower:\]|a-z)['\"]?)\s*$",
         r"^awk ['\"]\{ ?print tolower\(\$0\) ?\}['\"] (\./)?shout\.txt\s*$",
         r"^sed ['\"]s/\.\*/\\L&/['\"] (\./)?shout\.txt\s*$"),
    # ref: diff old.conf new.conf
    # ref: diff -u old.conf new.conf
    # wrong: cat old.conf new.conf
    case("whats different between old.conf and new.conf",
         r"^(diff|colordiff|sdiff|vimdiff|git diff --no-index)\b(\s+-\S+)*\s+(\./)?old\.conf\s+(\./)?new\.conf\s*$"),
    # ref: jq . response.json
    # wrong: cat response.json
    case("pretty print response.json",
         r"^jq (-C )?['\"]?\.['\"]? (\./)?response\.json\s*(\|\s*less( -R)?)?\s*$",
         r"^python3? -m json\.tool (\./)?response\.json\s*$",
         r"^cat (\./)?response\.json \| (jq (['\"]?\.['\"]?)?|python3? -m json\.tool)\s*$"),
    # ref: jq -r '.[].name' users.json
    # wrong: jq '.name' users.json
    case("get the name field of every object in the users.json array",
         r"^jq\b(?=.*(\.\[\]\s*\.?name\b|\.\[\]\s*\|\s*\.name\b|map\(\s*\.name\s*\)))(?=.*\susers\.json\b)"),
    # ref: wc -w README.md
    # wrong: wc -l README.md
    case("word count for README.md",
         r"^wc ((-w|--words) )?(\./)?README\.md\s*$",
         r"^(cat (\./)?README\.md \| wc -w|wc -w < ?(\./)?README\.md)\s*$"),
    # ref: grep -v '^$' notes.txt
    # ref: sed '/^$/d' notes.txt
    # wrong: sed -i '/^$/d' notes.txt
    # wrong: cat notes.txt
    case("print notes.txt with the empty lines stripped out",
         r"^grep (-E )?(-v|--invert-match) (-E |-e )?['\"]\^(\\s\*|\[\[:space:\]\]\*| \*)?\$['\"] (\./)?notes\.txt\s*$",
         r"^grep ['\"]?\.['\"]? (\./)?notes\.txt\s*$",
         r"^sed ['\"]/\^(\\s\*|\[\[:space:\]\]\*| \*)?\$/d['\"] (\./)?notes\.txt\s*$",
         r"^awk ['\"]?(NF|length|/\./)['\"]? (\./)?notes\.txt\s*$"),
    # ref: sed -n '100,120p' big.log
    # ref: head -120 big.log | tail -21
    # wrong: head -120 big.log | tail -20
    case("show me lines 100 thru 120 of big.log",
         r"^sed -n ['\"]?100,120p['\"]? (\./)?big\.log\s*$",
         r"^head (-n ?|-|--lines=)120 (\./)?big\.log \| tail (-n ?|-|--lines=)21\s*$",
         r"^tail (-n ?|--lines=)\+100 (\./)?big\.log \| head (-n ?|-|--lines=)21\s*$",
         r"^awk ['\"]NR ?>= ?100 ?&& ?NR ?<= ?120['\"] (\./)?big\.log\s*$"),
    # ref: awk -F'\t' '{s+=$3} END {print s}' sales.tsv
    # ref: cut -f3 sales.tsv | paste -sd+ | bc
    # wrong: awk '{print $3}' sales.tsv
    case("add up all the numbers in column 3 of sales.tsv",
         r"^awk\b(?=.*\$3\b)(?=.*\bEND\b)(?=.*\+=).*\ssales\.tsv\s*$",
         r"^cut\b(?=.*-f ?3\b).*\ssales\.tsv\s*\|\s*paste -sd ?['\"]?\+['\"]?( -)?\s*\|\s*bc\b"),
    # ref: tail -f logs/worker.log
    # wrong: cat logs/worker.log
    case("keep watching logs/worker.log as new lines come in",
         r"^tail\b(?=.*\s(-\w*[fF]|--follow)\b).*\s(\./)?logs/worker\.log\s*$",
         r"^less \+F (\./)?logs/worker\.log\s*$"),
    # ref: grep -ril kubernetes ~/notes
    # wrong: grep -r kubernetes ~/notes
    case("which files in ~/notes mention kubernetes? just need the names",
         r"^grep\b(?=.*\s(-\w*l|--files-with-matches))(?=.*\s(-\w*[rR]|--recursive))(?=.*kubernetes).*\s" + _HOME + r"/notes/?\s*$",
         r"^rg\b(?=.*\s(-\w*l|--files-with-matches))(?=.*kubernetes).*\s" + _HOME + r"/notes/?\s*$"),
    # ref: sort -nr sizes.txt
    # wrong: sort sizes.txt
    # wrong: sort -n sizes.txt
    case("sort sizes.txt by number, largest on top",
         r"^sort\b(?=.*\s(-\w*[nhg]|--numeric-sort|--human-numeric-sort))(?=.*\s(-\w*r|--reverse)).*\s(\./)?sizes\.txt\s*$"),
    # ref: awk '!seen[$0]++' emails.txt
    # wrong: sort -u emails.txt
    case("dedupe emails.txt but keep the lines in their original order",
         r"^awk ['\"]!\s*\w+\[\$0\]\+\+['\"] (\./)?emails\.txt\s*$",
         r"^perl -ne ['\"]print (unless|if ?!) ?\$\w+\{\$_\}\+\+;?['\"] (\./)?emails\.txt\s*$",
         r"^cat -n (\./)?emails\.txt\s*\|\s*sort\b.*\|\s*sort\b.*\|\s*cut\b"),
    # ref: grep -oE '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' contacts.txt
    # wrong: grep @ contacts.txt
    case("extract all the email addresses out of contacts.txt",
         r"^grep\b(?=.*\s(-\w*o|--only-matching))(?=.*@).*\s(\./)?contacts\.txt\s*$"),
    # ref: tr -s ' ' < table.txt
    # ref: sed -E 's/ +/ /g' table.txt
    # wrong: tr -d ' ' < table.txt
    case("squish runs of spaces in table.txt down to a single space",
         r"^(tr -s ['\"] ['\"] < ?(\./)?table\.txt|cat (\./)?table\.txt \| tr -s ['\"] ['\"])\s*$",
         r"^sed (-E |-r )?['\"]s/( \+| \\\+|  \*| \{2,\}| \\\{2,\\\}|\[ \]\+)/ /g['\"] (\./)?table\.txt\s*$"),
    # ref: jq empty package.json
    # ref: python3 -m json.tool package.json
    # wrong: cat package.json
    case("is package.json valid json?",
         r"^jq (empty|['\"]?\.['\"]?) (\./)?package\.json\b",
         r"^python3? -m json\.tool (\./)?package\.json\b"),

    # ---- permissions & ownership (12) ----
    # ref: chmod +x deploy.sh
    # wrong: chmod -x deploy.sh
    # wrong: chmod 644 deploy.sh
    case("make deploy.sh executable",
         r"^chmod (u\+x|\+x|a\+x|ug\+x|0?755|0?775|0?744|0?700) (\./)?deploy\.sh\s*$"),
    # ref: ls -ld /var/www/html
    # ref: stat /var/www/html
    # wrong: ls -l /var/www/html
    case("who owns /var/www/html and whats the perms on it",
         r"^(sudo )?ls\b(?=.*\s-\w*d)(?=.*\s-\w*l).*\s/var/www/html/?\s*$",
         r"^(sudo )?stat\b.*\s/var/www/html/?\s*$"),
    # ref: sudo chown -R www-data:www-data /var/www/mysite
    # wrong: sudo chown www-data /var/www/mysite
    # wrong: sudo chmod -R 777 /var/www/mysite
    case("hand /var/www/mysite over to www-data, everything inside it too",
         "^" + SUDO + r"chown\b(?=.*\s(-\w*R\w*|--recursive)\s)(?=.*\swww-data(:(www-data)?)?\s).*\s/var/www/mysite/?\s*$",
         dangerous=True),
    # ref: chmod 600 ~/.ssh/id_ed25519
    # wrong: chmod 644 ~/.ssh/id_ed25519
    case("ssh says my key ~/.ssh/id_ed25519 is too open, fix it",
         r"^chmod (0?600|0?400|u=rw,go=|u=r,go=|go-rwx|og-rwx|go=|og=) " + _HOME + r"/\.ssh/id_ed25519\s*$"),
    # ref: stat -c '%a' backup.tar
    # wrong: ls backup.tar
    case("what are backup.tar's permissions in octal",
         r"^stat\b.*\s(\./)?backup\.tar\s*$"),
    # ref: chgrp finance report.pdf
    # ref: chown :finance report.pdf
    # wrong: chown finance report.pdf
    case("change report.pdf's group to finance",
         "^" + SUDO + r"(chgrp finance|chown :finance) (\./)?report\.pdf\s*$"),
    # ref: find public -type d -exec chmod 755 {} +
    # wrong: chmod -R 755 public
    case("set all the folders under public/ to 755, leave the files alone",
         r"^find (\./)?public/?\s(?=.*-type d)(?=.*(-exec chmod 0?755\b|\|\s*xargs\b.*chmod 0?755\b))"),
    # ref: chmod go-w notes.md
    # wrong: chmod u-w notes.md
    case("take away write permission from group and others on notes.md",
         r"^chmod (go-w|og-w|g-w,o-w|o-w,g-w) (\./)?notes\.md\s*$"),
    # ref: sudo chmod +t /srv/shared
    # wrong: sudo chmod g+s /srv/shared
    case("put the sticky bit on /srv/shared",
         "^" + SUDO + r"chmod (\+t|o\+t|a\+t|1777|1775|1770|1755) /srv/shared/?\s*$"),
    # ref: chmod g+s team
    # wrong: chmod +t team
    case("new files created in team/ should get the folder's group automatically",
         "^" + SUDO + r"chmod (g\+s|2775|2770|2755) (\./)?team/?\s*$"),
    # ref: setfacl -m u:alice:r report.xlsx
    # wrong: setfacl -m u:alice:rw report.xlsx
    case("let alice read report.xlsx using an acl, nobody else changes",
         "^" + SUDO + r"setfacl (-m |--modify[= ])u(ser)?:alice:r(--)? (\./)?report\.xlsx\s*$"),
    # ref: chmod -R u+x ~/scripts
    # wrong: chmod +x ~/scripts
    # wrong: chmod -R 777 ~/scripts
    case("recursively make everything in ~/scripts executable for me",
         r"^chmod\b(?=.*\s(-\w*R|--recursive)\s).*\su\+x\s+" + _HOME + r"/scripts/?\s*$",
         dangerous=True),

    # ---- services & logs (14) ----
    # ref: systemctl status ssh
    # wrong: sudo systemctl start ssh
    case("is ssh running?",
         "^" + SUDO + r"systemctl (status|is-active)\b(?=.*\bssh(d)?(\.service)?\b)",
         "^" + SUDO + r"service ssh status\s*$"),
    # ref: sudo systemctl restart nginx
    # wrong: sudo systemctl reload nginx
    case("restart nginx",
         "^" + SUDO + r"(systemctl (restart|reload-or-restart) nginx(\.service)?|service nginx restart)\s*$"),
    # ref: sudo systemctl disable --now postgresql
    # ref: sudo systemctl stop postgresql && sudo systemctl disable postgresql
    # wrong: sudo systemctl disable postgresql
    case("stop postgres and dont let it start at boot anymore",
         "^" + SUDO + r"systemctl disable\b(?=.*--now\b).*\spostgresql\S*\s*$",
         "^" + SUDO + r"systemctl stop postgresql\S*\s*(&&|;)\s*(sudo )?systemctl disable postgresql\S*\s*$",
         "^" + SUDO + r"systemctl disable postgresql\S*\s*(&&|;)\s*(sudo )?systemctl stop postgresql\S*\s*$",
         dangerous=True),
    # ref: sudo systemctl enable docker
    # wrong: sudo systemctl start docker
    case("make docker start automatically on boot",
         "^" + SUDO + r"systemctl enable\b.*\sdocker(\.service)?\s*$"),
    # ref: journalctl -u cron --since today
    # wrong: journalctl -u cron
    case("cron logs from today",
         "^" + SUDO + r"journalctl\b(?=.*(-\w*u ?|--unit[= ])cron(\.service)?\b)(?=.*(-S ?|--since[= ])['\"]?(today|00:00|midnight))"),
    # ref: sudo truncate -s 0 /var/log/myapp/debug.log
    # wrong: sudo rm /var/log/myapp/debug.log
    case("empty out /var/log/myapp/debug.log without deleting the file",
         "^" + SUDO + r"truncate\b(?=.*(-s ?0|--size[= ]0)\b).*\s/var/log/myapp/debug\.log\s*$",
         r"^(sudo (sh|bash) -c ['\"])?(:|true|cat /dev/null|echo -n)?\s*>\s*/var/log/myapp/debug\.log['\"]?\s*$",
         r"^(:|true|echo -n|printf ['\"]{2}) ?\| ?(sudo )?tee /var/log/myapp/debug\.log( > ?/dev/null)?\s*$",
         dangerous=True),
    # ref: systemctl --failed
    # wrong: systemctl list-units
    case("any services failed?",
         "^" + SUDO + r"systemctl\b.*(--failed|--state[= ]failed)\b"),
    # ref: journalctl -b -p err
    # wrong: journalctl -p err
    case("errors from the current boot only",
         "^" + SUDO + r"journalctl\b(?=.*\s(-b|--boot)(\s+0)?(\s|$))(?=.*(-p ?|--priority[= ])(err|3|0\.\.3|emerg\.\.err)\b)"),
    # ref: sudo journalctl --vacuum-size=500M
    # wrong: journalctl --disk-usage
    case("journal logs are eating my disk, shrink them down to 500M",
         "^" + SUDO + r"journalctl --vacuum-size[= ]500M\b",
         dangerous=True),
    # ref: journalctl --disk-usage
    # wrong: du -sh /var/log
    case("how much space are the journal logs using",
         "^" + SUDO + r"(journalctl --disk-usage|du\b.*\s/var/log/journal/?)\s*$"),
    # ref: systemctl list-unit-files --type=service --state=enabled
    # wrong: systemctl list-units --type=service
    case("which services are enabled to start at boot",
         "^" + SUDO + r"systemctl list-unit-files\b(?=.*--state[= ]enabled\b)",
         "^" + SUDO + r"systemctl list-unit-files\b.*\|\s*grep\b.*\benabled\b"),
    # ref: sudo grep "Failed password" /var/log/auth.log
    # wrong: cat /var/log/auth.log
    case("check auth.log for failed ssh login attempts",
         "^" + SUDO + r"grep\b(?=.*([Ff]ailed|[Ii]nvalid)).*\s/var/log/auth\.log\s*(\|.*)?$",
         "^" + SUDO + r"journalctl\b(?=.*(-\w*u ?|--unit[= ])ssh)(?=.*([Ff]ailed|[Ii]nvalid))"),
    # ref: journalctl -u docker -f
    # ref: sudo journalctl -fu docker
    # wrong: docker logs -f docker
    # wrong: journalctl -u docker
    case("tail the docker daemon's logs and keep following",
         "^" + SUDO + r"journalctl\b(?=.*(-\w*u ?|--unit[= ])docker(\.service)?\b)(?=.*\s(-\w*f\w*|--follow)\b)"),
    # ref: journalctl -u backup.service --since "1 hour ago"
    # wrong: journalctl -u backup.service -n 60
    case("what did backup.service log in the past hour",
         "^" + SUDO + r"journalctl\b(?=.*(-\w*u ?|--unit[= ])backup(\.service)?\b)(?=.*(-S ?|--since[= ])['\"]?(-1h|-60m|1 ?h(ou)?r? ago|60 ?min(ute)?s? ago|-1 ?hour))"),

    # ---- system info & hardware (16) ----
    # ref: free -h
    # wrong: df -h
    case("how much ram is free",
         r"^(free\b|cat /proc/meminfo|grep\b.*\s/proc/meminfo|vmstat\b|top -bn ?1)"),
    # ref: lscpu | grep 'Model name'
    # wrong: nproc
    case("what cpu is in this thing",
         r"^(lscpu\b|cat /proc/cpuinfo|grep\b.*\s/proc/cpuinfo|(sudo )?dmidecode (-t|--type) (processor|4)|inxi -C)"),
    # ref: nproc
    # wrong: free -h
    case("how many cores do i have",
         r"^(nproc\b|lscpu\b|grep -c\b.*processor.*\s/proc/cpuinfo|getconf _NPROCESSORS_ONLN)"),
    # ref: uname -r
    # wrong: lsb_release -a
    case("kernel version?",
         r"^(uname (-r|-a|--kernel-release|--all|-sr|-rs|-srv)|cat /proc/version|hostnamectl)\s*$"),
    # ref: lsb_release -a
    # wrong: uname -r
    case("which ubuntu release am i running",
         r"^(lsb_release\b|cat /etc/(os-release|lsb-release|issue)|hostnamectl\b)"),
    # ref: uptime -p
    # wrong: date
    case("how long has this box been up",
         r"^(uptime\b|cat /proc/uptime|who -b)"),
    # ref: upower -i /org/freedesktop/UPower/devices/battery_BAT0 | grep percentage
    # ref: cat /sys/class/power_supply/BAT0/capacity
    # wrong: cat /sys/class/power_supply/AC/online
    case("battery % ?",
         r"^(upower\b|cat /sys/class/power_supply/BAT\w*/capacity|acpi\b)"),
    # ref: lsusb
    # wrong: lspci
    case("whats plugged in over usb",
         r"^(lsusb\b|usb-devices\b)"),
    # ref: lspci | grep -i vga
    # wrong: lsusb
    case("what graphics card does this machine have",
         r"^(lspci\b|(sudo )?lshw\b.*(display|video)|nvidia-smi\b|glxinfo\b.*-B|inxi -G)"),
    # ref: sensors
    # wrong: lscpu
    case("cpu temps",
         r"^(watch( -n ?\d+)? )?sensors\b",
         r"^(cat|paste)\b.*/sys/class/(thermal/thermal_zone|hwmon/hwmon)"),
    # ref: ps aux --sort=-%mem | head -6
    # ref: ps aux | sort -nrk 4 | head -5
    # wrong: ps aux --sort=-%cpu | head -6
    case("top 5 memory hogs",
         r"^ps\b(?=.*--sort[= ]-?-(%mem|rss|pmem|vsz|size)\b).*\|\s*head (-n ?|-|--lines=)[56]\s*$",
         r"^ps\b.*\|\s*sort\b(?=.*\s-\w*r)(?=.*-k ?4|.*-\w*k ?4).*\|\s*head (-n ?|-|--lines=)[56]\s*$",
         r"^top -b\w*\b(?=.*-o ?%?MEM).*\|\s*head\b"),
    # ref: nvidia-smi
    # wrong: lspci | grep -i nvidia
    case("how busy is my nvidia gpu rn",
         r"^(watch( -n ?\d+)? )?nvidia-smi\b",
         r"^nvtop\b"),
    # ref: lsblk -d -o NAME,MODEL,SIZE
    # wrong: df -h
    case("model and size of each disk",
         r"^(sudo )?(lsblk\b(?=.*MODEL)|fdisk -l|lshw -(c|class) disk|parted -l|hwinfo --disk)"),
    # ref: ps -e --no-headers | wc -l
    # wrong: ps aux
    case("how many processes running atm",
         r"^ps\b.*\|\s*wc -l\s*$"),
    # ref: sudo dmidecode -s bios-version
    # wrong: uname -a
    case("bios version",
         r"^(sudo )?(dmidecode\b(?=.*(bios|-t ?0\b))|cat /sys/class/dmi/id/bios_version)"),
    # ref: uname -m
    # wrong: uname -r
    case("is this machine 64 bit?",
         r"^(uname (-m|--machine|-a|--all|-p|-i)|arch|dpkg --print-architecture|getconf LONG_BIT|lscpu\b)"),

    # ---- users & groups (8) ----
    # ref: groups
    # ref: id
    # wrong: whoami
    case("what groups am i in",
         r"^(groups|id( -Gn| -nG| -G -n)?)(\s+user)?\s*$"),
    # ref: sudo usermod -aG docker deploy
    # wrong: sudo usermod -G docker deploy
    case("add deploy to the docker group",
         "^" + SUDO + r"(usermod (-aG|-a -G|-G docker -a|--append --groups) docker deploy|gpasswd (-a|--add) deploy docker|adduser deploy docker)\s*$"),
    # ref: sudo adduser sam
    # wrong: sudo useradd sam
    case("create a user sam with a home dir",
         "^" + SUDO + r"adduser\b.*\ssam\s*$",
         "^" + SUDO + r"useradd\b(?=.*\s(-\w*m|--create-home)\b).*\ssam\s*$"),
    # ref: sudo userdel -r olduser
    # wrong: sudo userdel olduser
    case("delete the olduser account along w/ its home folder",
         "^" + SUDO + r"(userdel (-r|--remove)|deluser --remove-home) olduser\s*$",
         dangerous=True),
    # ref: who
    # wrong: whoami
    case("who else is logged in right now",
         r"^(who( -u| -a| -H)?|w|users|loginctl( list-sessions)?)\s*$"),
    # ref: passwd
    # wrong: sudo passwd root
    case("change my password",
         r"^passwd( user)?\s*$"),
    # ref: sudo usermod -L intern2
    # wrong: sudo userdel intern2
    case("lock intern2's account",
         "^" + SUDO + r"(usermod (-L|--lock)|passwd (-l|--lock)|usermod --expiredate 1|chage -E ?0) intern2\s*$"),
    # ref: cut -d: -f1 /etc/passwd
    # ref: getent passwd
    # wrong: who
    case("list every user account on this system",
         r"^(cut -d ?['\"]?:['\"]? -f ?1 /etc/passwd|getent passwd\b|awk -F ?['\"]?:['\"]? ['\"]\{ ?print \$1 ?\}['\"] /etc/passwd|cat /etc/passwd|compgen -u)"),

    # ---- scheduling & environment (10) ----
    # ref: crontab -l
    # wrong: crontab -e
    case("whats in my crontab",
         r"^crontab -l\b"),
    # ref: crontab -r
    # wrong: crontab -l
    case("wipe all my cron jobs",
         r"^crontab (-r|-ri|-i -r|-r -i)\s*$",
         dangerous=True),
    # ref: (crontab -l 2>/dev/null; echo "0 2 * * * /home/user/project/backup.sh") | crontab -
    # wrong: echo "0 2 * * * /home/user/project/backup.sh" | crontab -
    # wrong: (crontab -l; echo "0 3 * * * /home/user/project/backup.sh") | crontab -
    case("schedule backup.sh to run every night at 2am with cron",
         r"^\(\s*crontab -l\b.*[\"' ]0 2 \* \* \* .*backup\.sh.*\|\s*crontab -\s*$"),
    # ref: sudo shutdown -h +30
    # wrong: sudo shutdown now
    case("shut the pc down in 30 minutes",
         "^" + SUDO + r"shutdown( -h| -P| --poweroff)? \+30\b",
         r"^echo ['\"]?(sudo )?(shutdown( -h)? now|poweroff|systemctl poweroff)['\"]? \| (sudo )?at now ?\+ ?30 min",
         dangerous=True),
    # ref: echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
    # wrong: export PATH=$HOME/.local/bin:$PATH
    # wrong: echo 'export PATH="$HOME/.local/bin:$PATH"' > ~/.bashrc
    case("add ~/.local/bin to my PATH for good",
         r"^(echo|printf) ['\"].*PATH=.*\.local/bin.*\$\{?PATH.*['\"] >> ?" + _HOME + r"/\.(bashrc|profile|bash_profile)\s*$"),
    # ref: echo $PATH
    # wrong: env
    case("whats on my PATH",
         r"^(echo ['\"]?\$\{?PATH\}?['\"]?|printenv PATH)(\s*\|\s*tr ['\"]?:['\"]? ['\"]?\\n['\"]?)?\s*$"),
    # ref: echo "alias ll='ls -alF'" >> ~/.bashrc
    # wrong: alias ll='ls -alF'
    case("make an alias ll = ls -alF that survives new terminals",
         r"^(echo|printf) ['\"]alias ll=.*ls -alF.*['\"] >> ?" + _HOME + r"/\.(bashrc|bash_aliases)\s*$"),
    # ref: echo "./sync.sh" | at 23:00
    # wrong: echo ./sync.sh | at now + 23 hours
    case("run ./sync.sh once at 11pm tonight",
         r"^echo ['\"]?.*sync\.sh['\"]? \| at (23:00|11 ?pm|11:00 ?pm)\b",
         r"^at (-f (\S*/)?sync\.sh (23:00|11 ?pm|11:00 ?pm)|(23:00|11 ?pm|11:00 ?pm) -f (\S*/)?sync\.sh)\b"),
    # ref: systemctl list-timers
    # wrong: systemctl list-units
    case("list the systemd timers",
         "^" + SUDO + r"systemctl list-timers\b"),
    # ref: echo $JAVA_HOME
    # wrong: export JAVA_HOME=/usr/lib/jvm/default-java
    case("is JAVA_HOME set?",
         r"^(echo ['\"]?\$\{?JAVA_HOME\}?['\"]?|printenv JAVA_HOME|(env|printenv|set) \| grep\b.*JAVA_HOME)",
         r"^\[\[? -[nz] ['\"]?\$\{?JAVA_HOME"),

    # ---- time/date/timezone/locale (6) ----
    # ref: timedatectl
    # wrong: locale
    case("what timezone am i set to",
         r"^(timedatectl( status| show)?\b|cat /etc/timezone|date\b.*%Z|readlink -f /etc/localtime|ls -l /etc/localtime)"),
    # ref: sudo timedatectl set-timezone Europe/Berlin
    # wrong: TZ=Europe/Berlin date
    case("switch the timezone to Europe/Berlin",
         "^" + SUDO + r"timedatectl set-timezone Europe/Berlin\s*$",
         "^" + SUDO + r"ln -sf /usr/share/zoneinfo/Europe/Berlin /etc/localtime\s*$"),
    # ref: TZ=Asia/Tokyo date
    # wrong: sudo timedatectl set-timezone Asia/Tokyo
    case("what time is it in tokyo rn",
         r"^TZ=['\"]?Asia/Tokyo['\"]? date\b"),
    # ref: date +%F
    # wrong: date
    case("todays date as YYYY-MM-DD",
         r"^date (['\"]?\+(%F|%Y-%m-%d)['\"]?|-I|--iso-8601(=date)?)\s*$"),
    # ref: date -d @1700000000
    # wrong: date +%s
    case("convert the unix timestamp 1700000000 to a readable date",
         r"^date\b.*(-d ?|--date[= ])['\"]?@1700000000\b"),
    # ref: sudo update-locale LANG=en_GB.UTF-8
    # wrong: export LANG=en_GB.UTF-8
    case("set the system locale to en_GB.UTF-8",
         "^" + SUDO + r"(update-locale|localectl set-locale) (LANG=)?en_GB\.UTF-8\s*$"),

    # ---- docker (6) ----
    # ref: docker ps
    # wrong: docker ps -a
    case("which containers are running",
         "^" + SUDO + r"docker (ps|container ls|container list)\s*$"),
    # ref: docker exec -it web bash
    # wrong: docker run -it web bash
    case("get me a shell inside the web container",
         "^" + SUDO + r"docker (container )?exec\b(?=.*\s-\w*i)(?=.*\s-\w*t).*\sweb\s+(/bin/)?(ba)?sh\s*$"),
    # ref: docker system prune -a
    # wrong: docker system prune
    case("clean up all unused docker junk, images too",
         "^" + SUDO + r"docker system prune\b(?=.*\s(-\w*a|--all)\b)",
         dangerous=True),
    # ref: docker logs --tail 200 api
    # wrong: docker logs api
    case("last 200 lines of logs from the api container",
         "^" + SUDO + r"docker (container )?logs\b(?=.*(--tail[= ]|-n ?)200\b)(?=.*\sapi(\s|$))",
         "^" + SUDO + r"docker (container )?logs api( 2>&1)? \| tail (-n ?|-|--lines=)200\s*$"),
    # ref: docker run -d -p 8080:80 nginx
    # wrong: docker run -p 80:8080 nginx
    case("run nginx in the background with host port 8080 -> container 80",
         "^" + SUDO + r"docker (container )?run\b(?=.*\s(-\w*d|--detach)\b)(?=.*(-p ?|--publish[= ])8080:80\b).*\snginx(:\S+)?\s*$"),
    # ref: docker system df
    # wrong: df -h
    case("how much disk is docker taking up",
         "^" + SUDO + r"(docker system df\b|du\b.*\s/var/lib/docker/?)"),
)
