"""A text message with a link that asks the borrower to act (round 32, ans56): "收到一条短信说我涉嫌恶意逃废债
请点击链接处理", "got a text saying my jiebei is overdue, click the link to settle". Texts that name a debt
and ask for a click to "处理/核实/查看" are a known fraud pattern; the article says nothing of it. The
answer keeps its loan section and adds one line, marked as not from the article (frame "before",
template variable ``sms_link``): do not click links in texts, check only in the official app or on the
official number, report fraud to 110.

A text told without a link ("收到短信说我借呗逾期了"), or a link asked about without a text ("借呗的官方
网址是什么"), is not this. Matched on text.simplified() text (simplified characters, lower case).
"""

from __future__ import annotations

from .patterns import regex
from .text import simplified

# A text message told (received, or what it says).
_TEXT = regex(r"^\s*【[^】]{1,10}】|短信|短讯|信息里|消息里|微信消息|简讯|\b(?:sms|texts?|text messages?|messages?|texted me|whatsapp)\b")
# A link in it.
# (Any web domain, "jb-alipay.top"; "撳条link": link right after Chinese.)
_LINK = regex(r"链接|连接|连结|网址|网站|网页|二维码|https?:|www\.|[a-z0-9-]\.(?:cn|com|net|top|xyz|cc|vip|info|shop|online|site|club|icu|org|io)\b|"
              r"(?<![a-z])(?:links?|url)(?![a-z])|\bwebsite\b")
# A link said NOT to be there ("没链接", "短信里没有网址", "没附链接", "no link", "without a link"): the text
# told is not this (review80 #5). Only the link words right after the negation.
_NO_LINK = regex(r"(?:没|没有|无|不带|没带|没附|没有附|没附带|没有附带|不含|没含|没看到|没看见|没见到|没发现)(?:任何|什么)?$|\b(?:no|without(?: an?| any)?|not an?|nor an?|any)\s*$")
# ...and what it asks the borrower to do with it.
_ACT = regex(r"揿|撳|点击|点开|点进|点一下|点链接|点这个|点那个|处理|核实|验证|查看|登录|登陆|填写|认证|注销|"
             r"\b(?:click|tap|open|verify|settle|log ?in|sign ?in|check|confirm|update|fill)\b")


def sms_link(question: str) -> bool:
    """Whether ``question`` tells of a text message with a link that asks the writer to act on it."""
    if not question:
        return False
    text = simplified(question)
    linked = any(not _NO_LINK.search(text[max(0, m.start() - 12):m.start()]) for m in _LINK.finditer(text))
    return bool(_TEXT.search(text) and linked and _ACT.search(text))


_LOAN = regex(r"借呗|花呗|借款|贷款|网贷|欠款|逾期|催收|逃废债|征信|\b(?:jiebei|huabei|loan|debt|overdue|owe)\b")


def link_text_not_declined(topics: list[str], question: str) -> list[str]:
    """collection_process for a decline of a message that tells of a text with a link about a loan or a
    debt ("收到短信 附带一个网址 说要核实我的借款信息"): what such texts claim, with the scam line, is the
    answer; "这个问题我在这里帮不上忙" would leave the click to the borrower."""
    if topics == ["out_of_scope"] and sms_link(question) and _LOAN.search(simplified(question)):
        return ["collection_process"]
    return topics
