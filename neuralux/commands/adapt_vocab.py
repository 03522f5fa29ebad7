"""Vocabulary for adapting cookbook examples: file-type words, sample values, task words."""

from __future__ import annotations

EXT_WORDS = {
    "python": "py", "javascript": "js", "typescript": "ts", "markdown": "md", "text": "txt",
    "shell": "sh", "image": "jpg", "jpeg": "jpg", "word": "docx", "excel": "xlsx",
    "java": "java", "rust": "rs", "go": "go", "c": "c", "json": "json", "yaml": "yaml",
    "csv": "csv", "log": "log", "pdf": "pdf", "png": "png", "jpg": "jpg", "gif": "gif",
    "mp3": "mp3", "mp4": "mp4", "html": "html", "css": "css", "txt": "txt", "tmp": "tmp",
    "temp": "tmp", "backup": "bak", "bak": "bak", "iso": "iso", "zip": "zip", "php": "php",
    "ruby": "rb", "perl": "pl", "xml": "xml", "svg": "svg", "doc": "doc", "wav": "wav",
}

# Sample values the cookbook uses in commands where the request only says "a file",
# "a service", "a package" ...; a rare word in the new request replaces them.
SAMPLE_WORDS = frozenset({
    "nginx", "htop", "curl", "firefox", "alice", "feature", "vim", "requests", "docker",
    "MyNetwork", "projects", "src", "build", "docs", "node_modules", "project", "public",
    "shared", "out", "wip", "foo", "bar", "chrome", "TODO", "error", "warning", "debug",
    "Exception", "main", "web", "gimp", "bob", "deploy",
    "python3", "tar", "server", "user", "old", "new",
})

COMMON = frozenset("""
show list find get make create delete remove files file directory folder count lines line
largest biggest smallest all every only last first top most run running process processes
what which who where how many much size sizes disk space free used using use new old name
named called containing contain into from with without recursively recursive here this my
current system text word words search replace change changes display print give want need
please can you me i the a an of in on to for by and or is are be that it its as at not
install installed package packages service services status start stop restart kill open
port ports logs log user users group owner permission permissions read write executable
minutes hours days day hour minute seconds second mb gb kb bigger smaller larger than
modified changed older newer today yesterday ago since last week month year total
string strings pattern patterns uninstall purge erase wipe terminate enable disable reload
unpack extract compress decompress archive backup rename move copy edit edited show me my
gzipped zipped tarball everything anything inside within past live now recursively
got get have has had want wanna need stuff thing things really hey thanks quickly just also
too anymore completely everywhere somewhere mine ours them they there their again please
currently right away ever already still
rid dont doesnt isnt arent wont cant didnt aint rn pls plz u r ur im ya yeah ok okay quick
real asap lol under over heaviest mention mentions
mentioning whats thats hows wheres whos repos repo grab fetch gimme lemme box
btw kinda sorta gonna thx tho good junk unused together somehow automatically manually
properly fresh over back up now
""".split())

# Names people use for services whose systemd unit on Ubuntu is called otherwise ...
UNIT_NAMES = {"apache": "apache2", "httpd": "apache2", "postgres": "postgresql",
              "sshd": "ssh", "openssh": "ssh", "mongo": "mongod", "pihole": "pihole-FTL",
              "bind": "named", "samba": "smbd"}
# ... and the ones whose package is (apt install bind9, not named; samba stays samba).
PACKAGE_NAMES = {"apache": "apache2", "httpd": "apache2", "postgres": "postgresql",
                 "bind": "bind9"}
