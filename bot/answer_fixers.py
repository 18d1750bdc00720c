"""A paid "fixer": someone who offers, for a fee, to delete the overdue record or to negotiate for the
borrower (eng64; user61 #8): "someone on wechat says they can delete my jiebei overdue record for 500
yuan", "有人说可以帮我借呗停息挂账 收费2000 可信吗", "中介说交3000就能帮我协商减免". The article says nothing
of such services; the answer keeps its loan section and adds one line, marked as not from the article
(frame "before", template variable ``fixer_fee``): no paid service is mentioned, do not pay first, negotiate
with the lender's own official service. The fee is not the debt (``fee_before``: bot.slots_amount skips it).

Only all three together: the service (delete or clean a record, 停息挂账, negotiate or cut the debt), a fee,
and someone else offering it ("有人", "中介", "a guy on wechat", "they can … for me"). "停息挂账要收费吗"
asks about the lender's own terms; "我想协商还款" offers nothing. Read on text.simplified() text.
"""

from __future__ import annotations

from .patterns import regex
from .text import simplified

_SERVICE = regex(r"洗白|(?:消除|删除|删掉|抹掉|抹去|修复|清除|消掉|去掉|撤销|清洗)(?:\S{0,4})?(?:记录|征信|逾期|不良)|"
                 r"(?:记录|征信|逾期|不良)\S{0,4}(?:消除|删除|删掉|抹掉|修复|清除|消掉|去掉|撤销)|"
                 r"停息挂账|停息|挂账|债务优化|债务重组|债务规划|代理协商|代协商|协商(?:还款|分期|减免|延期|停催)?|减免|个性化分期|上岸|"
                 r"\b(?:delete|deleting|erase|erasing|remove|removing|clean|cleaning|clear|clearing|fix|fixing|repair|repairing|wipe|wiping)\b"
                 r".{0,40}\b(?:record|records|history|credit|blacklist)\b|"
                 r"\bnegotiat\w*|\b(?:debt (?:settlement|relief|restructuring|optimi[sz]ation)|stop (?:the )?interest)\b")
_FEE = regex(r"收费|收取|收\s*[0-9零一二两三四五六七八九十百千万]|费用|手续费|服务费|代理费|佣金|定金|押金|先交|先付|先给|交\s*[0-9零一二两三四五六七八九十百千万]|"
             r"(?:付|花|给)\s*[0-9零一二两三四五六七八九十百千万]|要钱|给钱|给他钱|收钱|\b(?:fee|fees|charge|charges|charged|charging|deposit|commission|upfront|up front)\b|"
             r"\bfor\s+(?:rmb\s*|cny\s*|¥|\$|s\$)?\d|\bpay (?:them|him|her|this guy|the agent)\b")
_SOMEONE = regex(r"有人|有个人|有个|别人|中介|公司|机构|团队|代理|代办|工作室|律所|法务|短信|qq|加微|微信上|朋友圈|网上|广告|抖音|群里|"
                 r"帮我|帮你|替我|代我|可以帮|能帮|包过|保证|百分百|"
                 r"\b(?:someone|somebody|a guy|a man|a woman|a lady|agency|agent|company|firm|ad|advert|advertisement|on wechat|"
                 r"on facebook|telegram|whatsapp|for me|they can|he can|she can|guarantee\w*|service)\b")
# The words just before a sum that make it the fee asked ("收费2000", "for 500 yuan", "交3000").
_FEE_BEFORE = regex(r"(?:收费|收取|收|费用|手续费|服务费|代理费|佣金|定金|押金|先交|先付|先给|交|付|花|要价|报价|要|给他|给)(?:是|了|大概|要|就)?\s*$"
                    r"|\b(?:for|fee(?: is| of)?|fees(?: are| of)?|charges?|charging|charged|costs?|deposit(?: of)?|pay (?:them|him|her))\s+"
                    r"(?:only\s+|just\s+|about\s+|around\s+)?(?:rmb\s*|cny\s*|¥|\$|s\$)?$")


def paid_fixer(question: str) -> bool:
    """Whether ``question`` tells of someone offering, for a fee, to clean a record or negotiate."""
    if not question:
        return False
    text = simplified(question)
    return bool(_SERVICE.search(text) and _FEE.search(text) and _SOMEONE.search(text))


def fee_before(text: str, start: int) -> bool:
    """Whether the sum starting at ``start`` of a fixer's offer is the fee asked ("收费2000",
    "delete my record for 500 yuan"), which is no debt of the borrower's."""
    return paid_fixer(text) and bool(_FEE_BEFORE.search(simplified(text[max(0, start - 16):start])))


__all__ = ["fee_before", "paid_fixer"]
