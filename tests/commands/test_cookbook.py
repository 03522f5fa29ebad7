"""The cookbook file and its retrieval; adaptation of examples to a request."""

from __future__ import annotations

import shlex
import time
from collections import Counter

from neuralux.commands.adapt import adapt
from neuralux.commands.adapt_fields import columns
from neuralux.commands.cookbook import Cookbook, Entry, actions, tokens
from neuralux.commands.parse import parse_command


def test_cookbook_is_large_and_covers_every_area() -> None:
    book = Cookbook.load()
    assert len(book.entries) >= 300
    categories = Counter(e.category for e in book.entries)
    for area in ("files", "disk", "processes", "network", "archives", "git", "packages", "text",
                 "permissions", "services"):
        assert categories[area] >= 15, area
    assert len({e.id for e in book.entries}) == len(book.entries)
    for entry in book.entries:
        assert entry.explanation and entry.request
        assert parse_command(entry.command).ok, entry.command


def test_retrieval_finds_the_task_behind_other_words() -> None:
    book = Cookbook.load()
    cases = {
        "what is eating all my RAM": "ps aux --sort=-%mem",
        "unpack the tarball backup.tar.gz": "tar -xzf",
        "who is listening on port 5432": "ss -ltnp",
        "throw away my local git changes": "git reset --hard",
    }
    for request, expected in cases.items():
        top = book.search(request, k=3)
        assert any(expected in m.entry.command for m in top), (request, top[0].entry)


def test_retrieval_is_fast_and_handles_nonsense() -> None:
    book = Cookbook.load()
    started = time.perf_counter()
    for _ in range(100):
        book.search("find the largest files in this directory")
    assert (time.perf_counter() - started) / 100 < 0.02
    assert book.search("") == []
    assert all(m.confidence < 0.5 for m in book.search("zeige alle Dateien"))


def test_tokens_normalise_everyday_words() -> None:
    assert tokens("Remove the folders") == tokens("delete directory")
    assert "file" in tokens("report.txt")  # a value becomes its kind


def test_adapt_swaps_values_of_the_same_kind() -> None:
    def run(example: str, command: str, request: str) -> str:
        return adapt(example, command, request).command

    assert run("count lines in a file", "wc -l data.csv", "count lines in notes.md") == \
        "wc -l notes.md"
    assert run("find files larger than 100MB", "find . -type f -size +100M",
               "find files bigger than 2GB") == "find . -type f -size +2G"
    assert run("find all python files", "find . -type f -name '*.py'",
               "find every javascript file") == "find . -type f -name '*.js'"
    assert run("check if nginx is running", "pgrep -a nginx", "is postgres running") == \
        "pgrep -a postgres"
    assert run("show the last 20 lines of a file", "tail -n 20 app.log",
               "last 5 lines of 'my log.txt'") == "tail -n 5 'my log.txt'"
    # a size in another unit keeps its unit; an age in days switches find to -mtime
    assert run("find files modified in the last 30 minutes", "find . -type f -mmin -30",
               "files modified in the last 2 days") == "find . -type f -mtime -2"
    assert run("show the last 20 lines of a file", "tail -n 20 app.log",
               "show the last 2 days of app.log") == "tail -n 20 app.log"


def test_adapt_also_fixes_the_explanation() -> None:
    adapted = adapt("kill all firefox processes", "pkill firefox", "kill all chrome processes")
    assert adapted.command == "pkill chrome"
    assert adapted.explain("pkill sends SIGTERM to every process named firefox.") == \
        "pkill sends SIGTERM to every process named chrome."


def test_adapt_rewrites_find_ages_across_units() -> None:
    example = "find files modified in the last 24 hours"
    assert adapt(example, "find . -type f -mtime -1", "changed in the last 3 days").command == \
        "find . -type f -mtime -3"
    assert adapt(example, "find . -type f -mtime -1", "changed in the last 2 hours").command == \
        "find . -type f -mmin -120"


def test_adapt_never_targets_an_output_redirect() -> None:
    adapted = adapt("run a command in the background immune to logout",
                    "nohup ./long_task.sh > task.log 2>&1 &", "keep sync.sh running after logout")
    assert adapted.command == "nohup ./sync.sh > task.log 2>&1 &"


def test_phrases_map_to_task_words_and_keep_values() -> None:
    assert tokens("get rid of old.txt") == ["delete", "file"]
    assert tokens("turn the computer off") == ["poweroff"]
    assert "poweroff" not in tokens("shut down nginx")  # a service, not the machine
    assert tokens("bring nginx back up")[:2] == ["start", "nginx"]


def test_adapt_puts_values_where_the_example_has_them() -> None:
    vocab = Cookbook.load().request_vocabulary
    cases = [
        # a file given by its path fills the example's file
        ("show the last 20 lines of a file", "tail -n 20 app.log",
         "last 50 lines of /var/log/syslog", "tail -n 50 /var/log/syslog"),
        # a bare file name fills the example's path
        ("follow a log file as it grows", "tail -f /var/log/syslog", "follow app.log live",
         "tail -f app.log"),
        # "in here" is the current directory, not the example's folder
        ("find files modified in the last 7 days in Downloads",
         "find ~/Downloads -type f -mtime -7", "what files in here did I touch in 3 days",
         "find . -type f -mtime -3"),
        # versions and tags, also inside the message
        ("create a tag v1.0", 'git tag -a v1.0 -m "Release 1.0"', "tag this commit v1.2.0",
         'git tag -a v1.2.0 -m "Release 1.2.0"'),
        # a slashed branch name is a name, and it does not count as naming the sample
        ("create a new branch called feature and switch to it", "git switch -c feature",
         "create branch feature/login and switch to it", "git switch -c feature/login"),
        # plain quoted sample text is replaced by what to search for
        ("search only in python files", "grep -rn --include='*.py' 'import os' .",
         "grep for TODO in all the python files", "grep -rn --include='*.py' 'TODO' ."),
        ("search only in python files", "grep -rn --include='*.py' 'import os' .",
         "search python files for \"it's here\"",
         "grep -rn --include='*.py' 'it'\\''s here' ."),
        # contractions are not names
        ("show information about a package", "apt show curl",
         "what's curl, i've never used it", "apt show curl"),
        # a count the example never states still replaces its one `head -n`
        ("show the processes using the most memory", "ps aux --sort=-%mem | head -n 10",
         "top 5 memory hogs", "ps aux --sort=-%mem | head -n 5"),
        # user@host and "as pi": who and where, apart
        ("connect to a server over ssh", "ssh alice@server", "ssh into 192.168.1.50 as pi",
         "ssh pi@192.168.1.50"),
        ("copy a file to a remote server", "scp report.txt alice@server:/tmp/",
         "copy notes.md to deploy@10.0.0.5 in /srv/backups",
         "scp notes.md deploy@10.0.0.5:/srv/backups"),
        # the directory a request names goes where find/du/ls look
        ("find empty directories", "find . -type d -empty", "any empty directories in ~/projects?",
         "find ~/projects -type d -empty"),
        ("count all files recursively", "find . -type f | wc -l", "how many files r in src",
         "find src -type f | wc -l"),
        ("find files owned by a user", "find . -user alice", "files owned by root anywhere on the "
         "system", "find / -user root"),
        ("find pdf files", "find . -name '*.pdf'", "pdfs in Downloads",
         "find ~/Downloads -name '*.pdf'"),
        # chat shorthand is not a value
        ("delete a user and their home directory", "deluser --remove-home alice",
         "delete the olduser account along w/ its home folder", "deluser --remove-home olduser"),
        ("purge a package and its config files", "apt purge htop",
         "get rid of gimp completely, config files and all", "apt purge gimp"),
        # commit hashes, process ids and job numbers
        ("show one commit", "git show abc1234", "what changed in commit a1b2c3d",
         "git show a1b2c3d"),
        ("lower the priority of a running process", "renice -n 10 -p 1234",
         "lower the priority of process 4821", "renice -n 10 -p 4821"),
        ("bring a job back to the foreground", "fg %1", "bring job 2 back", "fg %2"),
        # archives pair by type; .7z is a file
        ("add a file to a zip archive", "zip archive.zip notes.txt",
         "add notes.md to the existing docs.zip", "zip docs.zip notes.md"),
        ("extract a 7z archive", "7z x archive.7z", "extract everything from old.7z",
         "7z x old.7z"),
        # a unit name is a name; a sample said in another case keeps the request's case
        ("show the logs of a service", "journalctl -u nginx --no-pager",
         "what did backup.service log", "journalctl -u backup.service --no-pager"),
        ("count the lines containing a word", "grep -c 'error' app.log",
         "count lines with ERROR in server.log", "grep -c 'ERROR' server.log"),
        # the object of a service or package verb is a name
        ("stop a service and disable it", "systemctl disable --now nginx",
         "stop postgres and dont let it start at boot", "systemctl disable --now postgres"),
        # a home path inside "$HOME/..." stays a $HOME path
        ("add a folder to PATH permanently",
         """echo 'export PATH="$HOME/bin:$PATH"' >> ~/.bashrc""", "add ~/.local/bin to PATH",
         """echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc"""),
        ("change the owner of a file", "chown alice report.txt",
         "make www-data the owner of index.html", "chown www-data index.html"),
        ("find files owned by a user", "find . -user alice", "files belonging to bob here",
         "find . -user bob"),
        # a directory path takes the example's sample folder
        ("set the sticky bit on a shared folder", "chmod +t shared",
         "put the sticky bit on /srv/shared", "chmod +t /srv/shared"),
    ]
    for example, command, request, expected in cases:
        assert adapt(example, command, request, vocab).command == expected, request
    assert parse_command("grep -rn --include='*.py' 'it'\\''s here' .").ok


def test_negated_words_never_match_the_same_word_said_positively() -> None:
    assert "not_restart" in tokens("reload nginx without restarting it")
    assert "restart" not in tokens("reload nginx without restarting it")
    assert tokens("restart nginx") == ["restart", "nginx"]


def test_one_typo_is_forgiven_but_names_are_not_corrected() -> None:
    book = Cookbook.load()
    top = book.search("lower the priorty of a runing procces", k=3)
    assert any("renice" in m.entry.command or "nice" in m.entry.command for m in top)
    assert book._spelled("directroy") == "directory"  # a swapped pair is one typo
    assert book._spelled("alice") == "alice"  # short: a name, not a typo
    assert book._spelled("python3") == "python3"  # a program on this machine


def test_values_in_other_phrasings_stay_values() -> None:
    # Phrasings carry values of their own ("restart apache2"); they are still swapped in.
    s = adapt("remove the package htop", "apt remove htop", "remove the package apache2",
              Cookbook.load().request_vocabulary)
    assert s.command == "apt remove apache2"


def test_an_unasked_change_ranks_below_the_task_asked_for() -> None:
    # Two entries share every task word; the one that edits/deletes loses unless asked.
    book = Cookbook([
        Entry("t-1", "misc", "edit my cron jobs", "crontab -e", "Edit the crontab."),
        Entry("t-2", "misc", "show my cron jobs", "crontab -l", "List the crontab."),
        Entry("t-3", "git", "delete the tag v1.0", "git tag -d v1.0", "Delete a tag."),
        Entry("t-4", "git", "create a tag v1.0", "git tag -a v1.0 -m 'Release 1.0'", "Tag."),
    ])
    assert actions("whats in my crontab") == frozenset()
    assert actions("nuke the tag and stop nginx") == {"delete", "stop"}
    assert actions("reload nginx without stopping it") == {"restart"}
    assert actions("find all jpg pictures here") == frozenset()
    assert actions("copy the jpgs to Pictures") == {"copy"}
    assert actions("install a package with apt") == frozenset()  # "package" packs nothing
    assert actions("zip up the reports folder") == {"pack"}
    assert book.search("my cron jobs", k=1)[0].entry.command == "crontab -l"
    assert book.search("edit my cron jobs", k=1)[0].entry.command == "crontab -e"
    assert book.search("tag v1.0", k=1)[0].entry.id == "t-4"
    assert book.search("get rid of tag v1.0", k=1)[0].entry.id == "t-3"


def test_a_rewritten_quoted_text_is_not_an_unfilled_sample() -> None:
    s = adapt("create a tag v1.0", 'git tag -a v1.0 -m "Release 1.0"',
              "tag the current commit v1.2.0", Cookbook.load().request_vocabulary)
    assert s.command == 'git tag -a v1.2.0 -m "Release 1.2.0"'
    assert s.unfilled == ()


def test_adapt_fills_aliases_variables_devices_logins_and_extension_pairs() -> None:
    vocab = Cookbook.load().request_vocabulary
    cases = [
        ("change the extension of all .txt files to .md",
         'for f in *.txt; do mv -i -- "$f" "${f%.txt}.md"; done',
         "rename all the .jpeg files in here to .jpg",
         'for f in *.jpeg; do mv -i -- "$f" "${f%.jpeg}.jpg"; done'),
        ("mount a usb drive at /mnt/usb", "sudo mount /dev/sdb1 /mnt/usb",
         "mount my usb stick /dev/sdc1 at /mnt/stick", "sudo mount /dev/sdc1 /mnt/stick"),
        ("make new files in a shared folder inherit its group", "chmod g+s shared",
         "set the setgid bit on /srv/team so new files get the dir's group",
         "chmod g+s /srv/team"),
        ("push the tag v1.0 to the remote", "git push origin v1.0",
         "tag the current commit as v2.1.0 and push the tag", "git push origin v2.1.0"),
        ("connect to a server over ssh", "ssh user@server",
         "ssh into my raspberry pi at 192.168.1.42, username pi", "ssh pi@192.168.1.42"),
        ("copy a file to a server", "scp file.txt user@server:/tmp/",
         "upload backup.tar.gz to 10.0.0.5 into /srv/backups, login is admin",
         "scp backup.tar.gz admin@10.0.0.5:/srv/backups"),
        ("add alice to the docker group", "sudo usermod -aG docker alice",
         "add me to the docker group", 'sudo usermod -aG docker "$USER"'),
        ("make an alias permanent", "echo \"alias ll='ls -la'\" >> ~/.bashrc",
         "make a permanent alias gst for git status",
         "echo \"alias gst='git status'\" >> ~/.bashrc"),
        ("alias k for kubectl permanently", "echo \"alias k=kubectl\" >> ~/.bashrc",
         "permanent alias kc for kubectl", "echo \"alias kc='kubectl'\" >> ~/.bashrc"),
        ("make an alias", "alias ll='ls -la'", "alias gs for 'git status'",
         "alias gs='git status'"),
        ("set EDITOR for this session", "export EDITOR=vim",
         "set JAVA_HOME to /usr/lib/jvm/java-21 just for this terminal",
         "export JAVA_HOME=/usr/lib/jvm/java-21"),
        ("show the value of HOME", "printenv HOME", "whats JAVA_HOME set to",
         "printenv JAVA_HOME"),
        ("count lines with error", "grep -c 'error' app.log", "count ERROR lines in app.log",
         "grep -c 'ERROR' app.log"),  # a capitalised word is not a variable
    ]
    for example, command, request, expected in cases:
        assert adapt(example, command, request, vocab).command == expected, request


def test_column_numbers_replace_the_examples_columns() -> None:
    # "2nd column" is no word to swap; cut's -f1 and awk's $3 both take the request's
    # columns, and a csv gets the comma delimiter.
    book = Cookbook.load()
    words = book.request_vocabulary
    cut = adapt("print the first column of a csv", "cut -d, -f1 data.csv",
                "just show me the 2nd column of scores.csv", words)
    assert cut.command == "cut -d, -f2 scores.csv"
    awk = adapt("print the third column of a csv file", "awk -F, '{print $3}' data.csv",
                "pull out columns 2 and 5 from users.csv", words)
    assert awk.command == "awk -F, '{print $2, $5}' users.csv"
    plain = adapt("print the second column of a file", "awk '{print $2}' data.csv",
                  "second and fourth columns of data.csv", words)
    assert plain.command == "awk -F, '{print $2, $4}' data.csv"
    assert "splits each line on commas" in plain.explain(
        "awk splits each line on whitespace and prints field 2.")
    assert columns("the last column") == ["NF"]
    assert columns("columns 2-4") == ["2", "3", "4"]
    assert columns("print the file") == []


def test_a_version_is_not_two_extensions() -> None:
    # "v1.2.0" once read as the extensions .2 and .0, and the tag came out as v1.2.2.
    s = adapt("create an annotated tag v1.0 with the message Release 1.0",
              'git tag -a v1.0 -m "Release 1.0"',
              "tag the current commit as v1.2.0 with the message 'first stable'",
              Cookbook.load().request_vocabulary)
    assert s.command == 'git tag -a v1.2.0 -m "first stable"'


def test_a_sample_word_that_names_a_task_is_still_indexed() -> None:
    # "public" is a sample folder name, but "public ip" is a task.
    book = Cookbook.load()
    assert book.idf("public") > 0
    assert book.search("whats my public ip", k=1)[0].entry.command.startswith("curl")


def test_a_home_path_spelled_with_home_is_placed() -> None:
    # ~/.local/bin written as $HOME/.local/bin in the example still counts as placed.
    s = adapt("put the folder ~/.local/bin on my PATH permanently",
              "echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.bashrc",
              "add ~/bin to my PATH permanently", Cookbook.load().request_vocabulary)
    assert "$HOME/bin:" in s.command
    assert s.unplaced == ()


def test_source_and_destination_pair_by_role() -> None:
    # The request names the source first and the destination second, the example's command
    # the other way round: "from" and "into" decide, not the order.
    words = Cookbook.load().request_vocabulary
    s = adapt("copy all pdf files from this folder and its subfolders into ~/Documents",
              "find . -type f -name '*.pdf' -exec cp -i -t ~/Documents/ {} +",
              "copy every pdf from ~/Downloads into ~/Documents/pdfs", words)
    assert s.command == ("find ~/Downloads -type f -name '*.pdf' "
                         "-exec cp -i -t ~/Documents/pdfs {} +")
    # A path the command already holds stays where it is.
    kept = adapt("fix the permissions of my ssh keys",
                 "chmod 700 ~/.ssh && chmod 600 ~/.ssh/id_ed25519",
                 "ssh says the perms on ~/.ssh/id_ed25519 are too open", words)
    assert kept.command == "chmod 700 ~/.ssh && chmod 600 ~/.ssh/id_ed25519"


def test_users_services_and_plural_file_types_are_adapted() -> None:
    words = Cookbook.load().request_vocabulary
    assert adapt("connect to a server over ssh", "ssh user@192.168.1.50",
                 "ssh into my pi, it's 192.168.1.50 and the user is pi",
                 words).command == "ssh pi@192.168.1.50"
    assert adapt("reset another user's password", "passwd alice", "reset bob's password",
                 words).command == "passwd bob"
    assert adapt("restart a service", "systemctl restart nginx", "restart apache please",
                 words).command == "systemctl restart apache2"
    assert adapt("count the jpg files in ~/Pictures including subfolders",
                 "find . -type f -iname '*.jpg' | wc -l", "how many mp3s are in ~/Music",
                 words).command == "find ~/Music -type f -iname '*.mp3' | wc -l"


def test_tar_flags_follow_the_archive_named() -> None:
    words = Cookbook.load().request_vocabulary
    bz2 = adapt("extract archive.tar.gz into /tmp/out", "tar -xzf archive.tar.gz -C /tmp/out",
                "extract logs.tar.bz2 to /tmp/logs", words)
    assert bz2.command == "tar -xjf logs.tar.bz2 -C /tmp/logs"
    plain = adapt("extract only notes.txt from archive.tar.gz",
                  "tar -xzf archive.tar.gz notes.txt",
                  "pull just config/app.yml out of release.tar", words)
    assert plain.command == "tar -xf release.tar config/app.yml"


def test_a_said_sample_does_not_stop_other_values() -> None:
    # "docker" is said and stays; the user takes alice's place.
    words = Cookbook.load().request_vocabulary
    s = adapt("add a user to the docker group", "usermod -aG docker alice",
              "add maria to the docker group", words)
    assert s.command == "usermod -aG docker maria"
    me = adapt("add a user to the docker group", "usermod -aG docker alice",
               "add me to the docker group", words)
    assert me.command == 'usermod -aG docker "$USER"'


def test_find_and_replace_takes_the_old_and_new_text() -> None:
    words = Cookbook.load().request_vocabulary
    s = adapt("replace text in a file", "sed -i 's/old/new/g' file.txt",
              "swap localhost for db.prod.local in config/settings.ini", words)
    assert s.command == "sed -i 's/localhost/db.prod.local/g' config/settings.ini"
    url = adapt("replace text in a file", "sed -i 's/old/new/g' file.txt",
                "replace http://old.lan with https://new.lan in links.txt", words)
    assert url.command == "sed -i 's|http://old.lan|https://new.lan|g' links.txt"
    # a quote in the text stays valid shell (it once came out with unbalanced quotes)
    quote = adapt("replace text in a file", "sed -i 's/old/new/g' file.txt",
                  "replace \"it's\" with 'its' in notes.txt", words)
    assert shlex.split(quote.command) == ["sed", "-i", "s/it's/its/g", "notes.txt"]


def test_several_packages_fill_several_places() -> None:
    s = adapt("install the packages htop and curl", "sudo apt install htop curl",
              "install ffmpeg and imagemagick", Cookbook.load().request_vocabulary)
    assert s.command == "sudo apt install ffmpeg imagemagick"


def test_container_examples_need_a_request_about_containers() -> None:
    book = Cookbook([
        Entry("d-1", "docker", "restart the thing", "docker restart web", "Container."),
        Entry("s-1", "services", "restart the thing", "systemctl restart nginx", "Unit."),
    ])
    for request, container, unit in (("restart nginx", 0.85, 1.0),
                                     ("restart the web container", 1.0, 1.0)):
        assert book.unasked_factors(request) == [container, unit]
    assert book.search("restart the thing", k=1)[0].entry.id == "s-1"
    assert book.search("restart the thing in docker", k=1)[0].entry.id == "d-1"


def test_a_huge_or_backwards_column_range_is_not_spelled_out() -> None:
    # "columns 1 to 3000000" once built a 3-million-field awk program in the daemon.
    assert columns("columns 1 to 3000000 of data.csv") == []
    assert columns("columns 5 to 1") == []
    s = adapt("print the third column of a csv file", "awk -F, '{print $3}' data.csv",
              "print columns 1 to 3000000 of data.csv", Cookbook.load().request_vocabulary)
    assert len(s.command) < 100


def test_unit_and_package_names_differ() -> None:
    words = Cookbook.load().request_vocabulary
    assert adapt("restart a service", "systemctl restart nginx", "restart bind",
                 words).command == "systemctl restart named"
    assert adapt("install the package htop with apt", "sudo apt install htop",
                 "install bind", words).command == "sudo apt install bind9"
    assert adapt("install the package htop with apt", "sudo apt install htop",
                 "install samba", words).command == "sudo apt install samba"
