"""What a request asks for, judged from its words: change or look, refusable or not."""

from __future__ import annotations

import re

_CHANGE = re.compile(
    r"\b(delet\w*|remov\w*|eras\w*|wip\w*|kill\w*|stop(?!ped)\w*|terminat\w*|uninstall\w*|purg\w*|"
    r"format\w*|overwrit\w*|forc\w*|reset\w*|discard\w*|clean\w*|drop\w*|shred\w*|rm|"
    r"reboot\w*|shut\w*|restart\w*|disabl\w*|mov\w*|renam\w*|replac\w*|chang\w*|chmod|chown|"
    r"truncat\w*|empty|prun\w*|close|install(?!ed)\w*|upgrad\w*|updat\w*|extract\w*|unpack\w*|"
    r"unzip|untar|decompress\w*|edit\w*|set|sets|setting|make|mak\w*|creat\w*|writ\w*|"
    r"mount\w*|unmount\w*|eject\w*|push\w*|pull\w*|merg\w*|rebas\w*|commit\w*|undo|revert\w*|"
    r"stash\w*|add|allow\w*|block\w*|enabl\w*|start\w*|run|execute|"
    r"compress\w*|copy|cp|mv|convert\w*|renice|lower|priority|"
    r"abort|cancel|free up|burn|flash|strip|trim|apply|connect\w*|"
    r"download\w*|fetch|clone|generat\w*|append|encod\w*|backup|back up|"
    r"rotat\w*|vacuum|shrink|alias|schedul\w*|cron|bootable|grant|revok\w*|"
    r"secur\w*|hold|mirror|sync\w*|post|send|upload\w*|serve|get rid of|nuke\w*|trash\w*|"
    r"turn (\w+ ){0,3}off|power\w*|suspend\w*|hibernat\w*|lock\w*|give|put|tag|export|"
    r"link|symlink|touch|mkdir|join|split|sort (?=\S+ (in place|into))|bump|pin|switch\w*|"
    r"swap\w*|assign\w*)\b",
    re.IGNORECASE)
_EVERYTHING = re.compile(
    r"^\W*(please\s+)?(delete|remove|erase|wipe|destroy|nuke|rm\s+-rf)\s+(absolutely\s+)?"
    r"(everything|all( of)?( my| the)? (files|data|stuff)|every file)"
    r"(\s+(on|in)\s+(my|the|this)\s+(computer|machine|system|disk|drive|pc|laptop))?\W*$",
    re.IGNORECASE)
_DESTROY_SYSTEM = re.compile(
    r"\b(wipe|erase|format|destroy|nuke|delete|remove|trash|brick)\b.*\b(my|the|this|whole|"
    r"entire)\s+(hard\s*drive|disk|drive|computer|machine|system|os|operating system|root|"
    r"filesystem|laptop|pc)\b|\brm\s+-rf\s+/\s*$|\bfork\s*bomb\b",
    re.IGNORECASE)


def wants_change(request: str) -> bool:
    """Does the request ask to change something (as opposed to show or find)?"""
    return bool(_CHANGE.search(request))


def refusal(request: str) -> str:
    """A plain answer instead of a command for requests to destroy everything, else ''."""
    if _EVERYTHING.search(request) or _DESTROY_SYSTEM.search(request):
        return ("That would destroy data that cannot be recovered, so I will not suggest a "
                "command for it. Say exactly which files or folder to delete (for example "
                "\"delete the build folder\") and I will show the command with its risk.")
    return ""


def looks_foreign(request: str) -> bool:
    """Is the request (mostly) not in English? The cookbook and its retrieval are English,
    so a match for such a request would only be a coincidence of shared words."""
    letters = [ch for ch in request if ch.isalpha()]
    non_ascii = sum(1 for ch in letters if not ch.isascii())
    return bool(letters and non_ascii / len(letters) > 0.2) or _foreign_words(request)


def nothing_confident(request: str) -> str:
    hint = ""
    if looks_foreign(request):
        hint = " I understand requests in English best; try rephrasing it in English."
    return ("I have no confident command for that, so I am not suggesting one." + hint +
            " Try naming the program or the files involved, e.g. \"show the disk usage of "
            "this folder\".")


_FOREIGN_WORDS = frozenset("""
der die das und ist nicht zeige alle dateien ordner löschen el la los las que por para
archivos mostrar borrar le les des est pas afficher fichiers supprimer dossier il di che
mostra tutti cartella cancella och är inte visa alla filer mappen ta bort
""".split())


def _foreign_words(request: str) -> bool:
    words = re.findall(r"[^\W\d_]+", request.lower())
    return bool(words) and sum(w in _FOREIGN_WORDS for w in words) / len(words) >= 0.3
