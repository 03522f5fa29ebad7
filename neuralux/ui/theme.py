"""Overlay colours: follow the system's light/dark palette, or a forced choice."""

from __future__ import annotations

from dataclasses import dataclass

from neuralux.ui.markdown import Colors

MONO = "'JetBrains Mono','Fira Code','DejaVu Sans Mono','Liberation Mono',monospace"


@dataclass(frozen=True)
class Theme:
    dark: bool
    panel: str  # panel background (alpha applied by the window)
    border: str
    text: str
    muted: str
    accent: str
    chip_bg: str
    chip_text: str
    separator: str
    selection: str
    markdown: Colors


LIGHT = Theme(
    dark=False, panel="#fbfbfd", border="#d0d4dc", text="#1f2328", muted="#6e7781",
    accent="#3b6cf6", chip_bg="#e7edff", chip_text="#2f55c8", separator="#e4e7ec",
    selection="#cfdcff",
    markdown=Colors(text="#1f2328", muted="#6e7781", code_bg="#f3f4f7", code_border="#dfe3ea",
                    inline_code_bg="#eceef2", link="#2f62e9", mono=MONO),
)
DARK = Theme(
    dark=True, panel="#1c1e24", border="#3a3f4b", text="#e6e8ee", muted="#9198a6",
    accent="#7aa2ff", chip_bg="#2a3350", chip_text="#a9c0ff", separator="#2e323b",
    selection="#33467a",
    markdown=Colors(text="#e6e8ee", muted="#9198a6", code_bg="#14161b", code_border="#2f343e",
                    inline_code_bg="#2b2f38", link="#8fb2ff", mono=MONO),
)


def pick(setting: str, window_lightness: int, scheme_dark: bool | None) -> Theme:
    """Choose the theme: the setting wins; else the platform's colour scheme if it reports
    one; else the palette's window colour (lightness < 128 means a dark desktop)."""
    if setting == "light":
        return LIGHT
    if setting == "dark":
        return DARK
    if scheme_dark is not None:
        return DARK if scheme_dark else LIGHT
    return DARK if window_lightness < 128 else LIGHT


def stylesheet(t: Theme) -> str:
    return f"""
    QWidget#panel {{ background: transparent; color: {t.text}; }}
    QPlainTextEdit#input {{
        background: transparent; border: none; color: {t.text};
        font-size: 14pt; selection-background-color: {t.selection};
    }}
    QLabel#chip {{
        background: {t.chip_bg}; color: {t.chip_text}; border-radius: 9px;
        padding: 3px 10px; font-size: 9pt; font-weight: 600;
    }}
    QLabel#note {{ color: {t.muted}; font-size: 9pt; }}
    QLabel#question {{ color: {t.muted}; font-size: 10pt; font-weight: 600; }}
    QTextBrowser#answer {{
        background: transparent; border: none; color: {t.text}; font-size: 11pt;
        selection-background-color: {t.selection};
    }}
    QFrame#separator {{ background: {t.separator}; border: none; }}
    QLabel#footer, QLabel#hints {{ color: {t.muted}; font-size: 8.5pt; }}
    QScrollBar:vertical {{ background: transparent; width: 8px; margin: 2px; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 3px; min-height: 24px; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """
