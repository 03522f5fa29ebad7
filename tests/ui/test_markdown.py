from __future__ import annotations

from neuralux.ui.markdown import IncrementalMarkdown, render_all

SAMPLE = (
    "# Title\n\nSome **bold** and *italic* and `code <b>`.\n\n"
    "```python\nprint('<hi>')\n```\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n"
    "See [docs](https://example.org/x).\n"
)


def streamed(text: str, step: int) -> tuple[str, IncrementalMarkdown]:
    md = IncrementalMarkdown()
    done: list[str] = []
    tail = ""
    for i in range(0, len(text), step):
        out = md.feed(text[i:i + step])
        done += out.complete_html
        tail = out.tail_html
    return "".join(done) + tail, md


def test_streaming_in_any_chunk_size_renders_like_all_at_once() -> None:
    whole = render_all(SAMPLE)
    for step in (1, 3, 7, 64, len(SAMPLE)):
        html, md = streamed(SAMPLE, step)
        assert html == whole, step
        assert [b.code for b in md.code_blocks] == ["print('<hi>')\n"]


def test_inline_markup_and_escaping() -> None:
    html = render_all("a **b** *c* `<x>` <script>alert(1)</script> [l](https://e.org)")
    assert "<b>b</b>" in html and "<i>c</i>" in html
    assert "&lt;x&gt;" in html and "<script>" not in html
    assert 'href="https://e.org"' in html
    assert "href" not in render_all("[x](javascript:alert(1))")  # only http(s) links


def test_code_block_has_copy_link_and_language() -> None:
    html = render_all("```bash\nls -la\n```\n")
    assert 'href="copy:0"' in html and "bash" in html and "ls -la" in html


def test_open_code_fence_renders_live_without_copy_link() -> None:
    md = IncrementalMarkdown()
    out = md.feed("```python\nx = 1\n")
    assert out.complete_html == []
    assert "x = 1" in out.tail_html and "copy:" not in out.tail_html
    out = md.feed("```\n")
    assert len(out.complete_html) == 1 and "copy:0" in out.complete_html[0]


def test_complete_blocks_are_emitted_once() -> None:
    md = IncrementalMarkdown()
    first = md.feed("para one\n\npara two")
    assert len(first.complete_html) == 1 and "para two" in first.tail_html
    second = md.feed(" continues\n\n")
    assert len(second.complete_html) == 1 and "para two continues" in second.complete_html[0]
    assert second.tail_html == ""


def test_lists_and_headings() -> None:
    html = render_all("## Steps\n1. a\n2. b\n\n* x\n* y\n")
    assert "<h4" in html and "<ol" in html and "<ul" in html and html.count("<li>") == 4
