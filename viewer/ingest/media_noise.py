"""Noise around an article's media and commerce: player controls, captions, attachments, ads.

Like `noise`, each pattern runs on a normalised line (`noise.norm`) and is bounded by the
noise's shape: short lines, a label at the start, a list with no sentence in it. The ad label
is read on the raw line, because only the gap after `广告` tells a label (`广告 双11预售`)
from a word that begins a sentence (`广告牌林立`).
"""

from __future__ import annotations

import re

# A video player's leftovers: `播放 00:00 / 02:36 全屏`, `您的浏览器不支持 video 标签。`
PLAYER_TIME_RE = re.compile(r"\d{1,2}:\d{2}/\d{1,2}:\d{2}")
PLAYER_WORDS_RE = re.compile(r"播放|暂停|全屏|静音|倍速|重播|画质")
NO_PLAYER_RE = re.compile(r"(浏览器|播放器).{0,6}不支持.{0,16}(video|视频|播放|html5|flash)")
# A photo caption that carries its credit: `图为……。(某报记者 某某 摄)`.
CAPTION_RE = re.compile(r"^(图为|图:|上图|下图|图\d{1,2}[:为]).{0,90}\([^()]{0,20}摄\)$")
# An attachment printed as its file name: `相关附件:P0202404125874.xlsx`.
ATTACHMENT_RE = re.compile(
    r"^(相关附件|附件下载|下载附件|附件)?:?[^\s:]{1,60}\.(docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z|txt)$"
)
# An ad slot: a label, then a gap or a bracket, then the pitch.
AD_LABEL_RE = re.compile(r"^\s*[\[【(（]?\s*(广告|推广|赞助|廣告|贊助)\s*(?:[\]】)）:：|]|\s)")
# Prompts to move to the outlet's app: `打开某某APP，查看更多精彩评论`.
APP_PROMPT_RE = re.compile(
    r"(打开|下载|前往|去)\S{0,10}app|app内(查看|阅读|打开)|查看更多(精彩)?评论"
)
# A keyword list on one line: `热门关键词:a,b,c,d,e`. Content writes full-width commas and
# ends its sentences; a list uses ASCII commas (or a keyword label) and never ends one.
_KEYWORD_LABEL = r"(热门|相关|热搜)?(关键词|关键字|标签|搜索|热搜|tags?|keywords?)"
_ITEM = r"[^,。!?:]{2,20}"
KEYWORD_LIST_RE = re.compile(rf"^(?:{_KEYWORD_LABEL}:)?(?:{_ITEM},){{4,}}{_ITEM}$")
KEYWORD_HEAD_RE = re.compile(rf"^{_KEYWORD_LABEL}:")


def is_media_noise(n: str, line: str) -> bool:
    """Player controls, captions with credits, attachment names, ads and app prompts."""
    if len(n) <= 40 and PLAYER_TIME_RE.search(n) and PLAYER_WORDS_RE.search(n):
        return True
    if len(n) <= 60 and NO_PLAYER_RE.search(n):
        return True
    if len(n) <= 110 and CAPTION_RE.match(n):
        return True
    if ATTACHMENT_RE.match(n):
        return True
    if len(n) <= 60 and "。" not in n and AD_LABEL_RE.match(line):
        return True
    return len(n) <= 40 and "。" not in n and APP_PROMPT_RE.search(n) is not None


def is_keyword_list(n: str, line: str) -> bool:
    """SEO keywords on one comma-separated line, labelled or written with ASCII commas."""
    if not KEYWORD_LIST_RE.match(n):
        return False
    return bool(KEYWORD_HEAD_RE.match(n)) or "，" not in line
