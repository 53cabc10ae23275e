"""HTML to paragraphs: tags gone, entities once, blocks broken, nothing deep crashes."""

from __future__ import annotations

from viewer.ingest.html import html_to_text


def test_tags_attributes_and_scripts_are_dropped() -> None:
    page = html_to_text(
        "<html><head><title>标题_某网</title><style>p{font-size:20px}</style></head>"
        '<body><p class="ql-block"><span style="font-size: 20px;">第一段。</span></p>'
        '<script>var x = "<p>不要</p>";</script><div>第二段<br>第三行</div></body></html>'
    )
    assert page.text == "第一段。\n第二段\n第三行"
    assert page.title == "标题_某网"
    assert "font-size" not in page.text and "不要" not in page.text


def test_entities_are_unescaped_once() -> None:
    assert html_to_text("<p>写作&lt;b&gt;加粗&amp;lt;</p>").text == "写作<b>加粗&lt;"


def test_h1_is_reported() -> None:
    page = html_to_text("<h1>新闻标题</h1><p>正文内容。</p>")
    assert page.h1 == "新闻标题"
    assert page.text.splitlines() == ["新闻标题", "正文内容。"]


def test_plain_text_passes_through_with_its_lines() -> None:
    text = "第一行 a<b 不是标签\n\n第二行 x > y"
    assert html_to_text(text).text == text


def test_deep_nesting_does_not_crash() -> None:
    depth = 20000
    page = html_to_text("<div>" * depth + "深处的文字。" + "</div>" * depth)
    assert page.text == "深处的文字。"


def test_nothing_is_fetched_for_images_or_links() -> None:
    page = html_to_text('<p>图<img src="http://example.com/a.jpg">文<a href="x">链接</a></p>')
    assert page.text == "图文链接"


def test_source_line_wraps_are_not_paragraph_breaks() -> None:
    page = html_to_text(
        "<div><p>七月的大凉山，\n    雨后的新寨格外清新。Solar\n  power 来了。</p>\n"
        "<p>第二段<br>第三行</p><pre>保留\n换行</pre></div>"
    )
    assert page.text.split("\n") == [
        "七月的大凉山，雨后的新寨格外清新。Solar power 来了。",
        "第二段",
        "第三行",
        "保留",
        "换行",
    ]


def test_text_with_a_stray_tag_keeps_its_lines() -> None:
    assert html_to_text("第一段。\n第二段<b>加粗</b>。").text == "第一段。\n第二段加粗。"


def test_entities_in_plain_text_and_run_on_paragraphs() -> None:
    text = "他说&ldquo;好&rdquo;&nbsp;a&b" + "很长的内容，" * 30 + "。\u3000\u3000第二段。"
    lines = html_to_text(text).text.split("\n")
    assert lines[0].startswith("他说“好” a&b") and lines[1] == "第二段。"
