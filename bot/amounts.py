"""How a sum of money is written: the one reader of amounts. bot.slots_amount reads the borrower's debt
with these patterns; bot.figures reads a rumoured line in money ("听说欠3k就会被起诉") with the
same ones, so that a sum inside a line is never read as the debt by one and missed by the other
(review22: 3k, 5K, 5w and bare 欠5000 were lines to neither, and so echoed as the debt).
"""

from __future__ import annotations

from .patterns import regex

NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两俩三四五六七八九十百千几]+|\*{2,}|半)"

# Most telling first (bot.slots_amount ranks a match by its pattern's place here).
_ZH_SOURCES = (
    # 8000元, 八千多块, 1.5万元, 约5千块
    rf"(约|大约|大概|差不多|将近|接近|至少)?({NUM})(多|余|来)?\s*(万|千|w|k)?(多|余)?\s*(?:元|块钱|块|人民币|rmb)",
    # 5千, 两万, 1.5万多, 3w, 一万五
    # (一百二十万, 两百多万, 几千万: hundreds and thousands of 万 too)
    # (a Chinese number starts with a digit word: 千万别, "by all means", is no sum; nor is 3000 千万别)
    r"(约|大约|大概|差不多|将近|接近|至少)?(\d+(?:\.\d+)?|[一二两三四五六七八九十几][一二两三四五六七八九十百千几]*)(?:多|余|来)?\s*(万|千(?!万)|w|k)"
    r"(零?[一二两三四五六七八九](?:[千百十]零?[一二两三四五六七八九]?)*|[1-9](?:[千百十][0-9]?)+|\d{1,4}(?![\d.]))?(?!\s*(?:个|天|日|周|星期|礼拜|月|年|期|号|笔|张|家|次))(多|余)?(?![a-z])",
    # 欠8000, 借了三百, 本金5000多
    # (现在要还6200: what is owed now; not 每月要还, an instalment, nor 是不是就要还150, a sum worked out: truth4)
    r"(?:欠了?|欠款|借了|借款|本金|一共|总共|共计|还差|贷了|(?:(?<=现在)|(?<=一共)|(?<=总共)|(?<=带息)|(?<=本息))要还|还剩)\s*(?:是|有)?\s*(约|大约|大概|差不多|将近)?"
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千几]+)(多|余|来)?"
    r"(?!\s*(?:多|余|来)?\s*(?:天|日|周|个|月|年|期|次|笔|号|点|%|家|万|千|w|k|\d|[零〇一二两三四五六七八九十百千几]))",
    # 8000多
    r"()(\d{3,})(多|余)(?!\s*(?:天|日|周|个|月|年|期|次|笔|号|点|%))",
)
ZH_AMOUNT_RES = tuple(regex(source) for source in _ZH_SOURCES)
EN_AMOUNT_RE = regex(
    r"(?:¥|rmb|cny)\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?|(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:yuan|rmb|kuai|cny)\b"
    r"|\b(\d+(?:\.\d+)?)k\b|\b(?:owe\w*|owing)\s+(?:(?:jiebei|huabei|weilidai|借呗|花呗|微粒贷)\s*)?"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(\d[\d,]{2,}(?:\.\d+)?)\b(?!\s*(?:days?|weeks?|months?|years?))"
    # "amount 30000", "the debt is 8,000", "balance: 12000" (probe16: the amount was not read)
    r"|\b(?:amount|debt|balance|principal)\s*(?:owed\s*|owing\s*|due\s*)?(?:is\s+|of\s+|:\s*|=\s*)?(?:about\s+|around\s+)?"
    r"(\d[\d,]{2,}(?:\.\d+)?)\b(?!\s*(?:days?|weeks?|months?|years?|%))"
    # "25 days late on 12000", "1 year overdue 60000", "60 days late, 30000" (truth2 F: the sum was dropped)
    r"|\b(?:late|overdue|behind|past due)\s*(?:,\s*|on\s+|with\s+)?(?:about\s+|around\s+|nearly\s+|over\s+)?"
    r"(\d[\d,]{2,}(?:\.\d+)?)\b(?![.,]?\d|\s*(?:days?|weeks?|months?|years?|%|hours?|am|pm))")

# One of these characters is in every sum the patterns above read (each needs a digit, a Chinese
# number word, 半 or a masked ***; EN_AMOUNT_RE a digit), and in every duration bot.slots_days and
# bot.figures read in Chinese: a message without one holds no amount (speed only: two in three
# messages hold none, and five searches are spared).
NUMBER_CHAR = regex(r"[\d零〇一二两俩三四五六七八九十百千几半*]")

# A sum someone else claims the borrower owes ("a guy called saying I still owe 2000", "催收说我还欠2000"):
# their claim, not the debt the borrower told (truth3 #5: "You mentioned: owing 2,000 yuan" stated a
# caller's figure as the borrower's own). Read just before a sum, up to the end (bot.slots_amount). The speaker
# is named in Chinese: 比方说/比如说 is the borrower's own example ("比方说我贷了1000元").
CLAIMED_BEFORE = regex(r"\b(?:saying|says|said|claim\w*|told me|tells me|telling me|insist\w*"
                       # (the plain "say" only after a third person: "they say I owe 30k"; "I'd say I owe 5000" is the borrower's own)
                       r"|(?:they|he|she|collectors?|the caller|the agency|someone|people)\s+(?:say|tell me))\b(?: that)?(?: i| me)?(?: still| now| also)?"
                       r"(?: owe\w*)?\s*$"
                       # (...with who they are said first: "someone called saying they re from alipay and i owe 5000")
                       r"|\b(?:saying|says|said|claim\w*|told me|tells me|telling me)\b(?: that)? (?:they|he|she|it)(?:\s+|'|’)(?:re|are|is|was|were|s) (?:from|with|calling from)\b"
                       r"[^.?!;]{0,30}?\b(?:and|that) i(?: still| now| also)?(?: owe\w*)?\s*$|(?:催收|他|她|他们|对方|那人|有人|客服|电话里|短信|人家|那边|机构|公司|律师)\S{0,4}?"
                       r"(?:说|称|讲|声称|告诉我|通知我|咬定)(?:我)?(?:现在)?(?:还|仍|仍然|一共|总共|又)?(?:欠(?:了|款)?|要还|得还|应还)?\s*$")  # (说要还3w, 说我一共要还三万: a claim too; ans23)

_GROUP = regex(r"(?<!\\)\((?!\?)")
# Any Chinese sum the patterns above read, as one pattern without groups of its own: for a
# larger pattern to embed (bot.figures' lines).
ZH_AMOUNT = "|".join(f"(?:{_GROUP.sub('(?:', source)})" for source in _ZH_SOURCES)

__all__ = ["CLAIMED_BEFORE", "EN_AMOUNT_RE", "NUM", "NUMBER_CHAR", "ZH_AMOUNT", "ZH_AMOUNT_RES"]
