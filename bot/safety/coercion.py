"""Coercion told without its own words (safe38), as cue tables read by abuse.py through collectors.py, and two
everyday readings of the older cues' words.

- **Coercion** (cue "coercion"): photos of the borrower, a "relationship", company for a night or a weekend, 陪,
  asked in exchange for the debt ("拍几张照片给他就可以减免", "be his girlfriend and the debt is gone"). No sexual
  word is said; the exchange is the act. Photos of documents sent for a hardship waiver (收入证明的照片, "photos of my
  hospital bills") are no one's coercion; a boyfriend's offer to help repay is family talk (abuse.py).
- **An arrest made the condition of paying** (cue "jail_threat", as collectors.py's): a fee beyond the debt and
  "不给的话就让警察把我带走", "or the police will come and arrest me": the arrest said far from the saying verb
  that collectors.py's jail cue needs within a few characters.
- **Everyday readings** (``everyday``): 陪 a client, a parent or a child to dinner or hospital is a job or a duty,
  not the sexual cue's 陪…吃饭; the writer sending a document's photo (我准备发收入证明的照片给客服) is not the
  shaming cue's photos published. Local: the matched words and the few before them only.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import any_of

_PHOTOS_ZH = r"(照片|相片|自拍|私房照|写真|拍几张|拍一组|拍点|拍些|拍个视频)"
_CLEARED_ZH = (r"(不用还|免了|免掉|减免|抵(债|账|掉)?|一笔勾销|勾销|平掉|帮(你|我)平|(就|便)算了|少还|不还了|不用你还|清零|不用你?操心|帮(你|我)(想办法|搞定|解决|还)"
               r"|商量着?不还|可以不还)")
_TOGETHER_ZH = (r"(处对象|谈恋爱|(做|当)(我|他)的?(女朋友|女人|情人|小三|男朋友)|跟(我|他)好|(跟|和)(他|我)在一起|陪(他|我)(一|几|两)?(晚|天|夜|次)"
                r"|陪好|陪陪(他|我)|约会|见面吃饭|约(我|你)出来|吃顿饭|开房|过夜|出去(玩)?(两|几|一)天)")
_ARREST_ZH = r"(警察|派出所|公安|抓|带走|逮捕|拘留|坐牢|判刑|报案|蹲(几年|大牢|监狱)|进去|逃犯|通缉)"
_UNPAID_ZH = r"(不给|不交|不付|不转|不打款|不还|不然|否则|要不然|要不)(的话)?(就|我们就|他们就)?"

_PHOTOS_EN = r"\b(photos?|pictures?|pics|selfies?|videos?) (of|from) (me|myself|yourself|you|her)\b"
_CLEARED_EN = (r"\b(forget|forgive|wipe|wiped|clear|cleared|cancel|cancelled|settle|settled|disappear|go away|gone|write off|written off|erase|waive|waived"
               r"|sort (it |this )?out|take care of|instead|in exchange|in return|as payment|pay (\w+ ){0,3}with|work (it |this |that )?off)\b")
_TOGETHER_EN = (r"\b((be|being|become|was|were|im|i am|id be|youre|you are) (his|my) (girlfriend|boyfriend|lover|mistress|partner)|go(ing)? on (a few |some |a )?dates? with (him|me)"
                r"|date (him|me)\b|keep (him|me) company|spend(ing|s)? (a|the|one) (night|weekend|evening|day) with (him|me)|(meet|see)(ing)? (him|me) (alone|privately|in private|at (a|the|his) hotel))")

CUES_ZH = (
    ("coercion", any_of(
        # photos sent to him ("拍几张照片给他", "给他发几张自拍"), not photos taken on a day out
        rf"(给(他|我|你|他们)\S{{0,4}}(发|拍|寄|传)\S{{0,6}}{_PHOTOS_ZH}|{_PHOTOS_ZH}\S{{0,6}}(给(他|我|你)|发给|发过来|寄给|传给)).{{0,20}}{_CLEARED_ZH}",
        rf"{_TOGETHER_ZH}.{{0,30}}{_CLEARED_ZH}")),
    ("jail_threat", any_of(
        rf"(费|违约金|保证金|罚金|多出来|额外)\S{{0,20}}.{{0,16}}{_UNPAID_ZH}\S{{0,10}}{_ARREST_ZH}")),
)
CUES_EN = (
    ("coercion", any_of(
        rf"{_PHOTOS_EN}.{{0,60}}{_CLEARED_EN}|{_CLEARED_EN}.{{0,60}}{_PHOTOS_EN}",
        rf"{_TOGETHER_EN}.{{0,60}}{_CLEARED_EN}|{_CLEARED_EN}.{{0,60}}{_TOGETHER_EN}")),
    ("jail_threat", any_of(
        r"\b(fees?|charges?|extra|on top of)\b.{0,60}\b(or|otherwise|else|if (i|you) (dont|do not|cant|can not) pay\w*( it| this| that)?)\b,? (the )?(police|cops)\b"
        r".{0,30}\b(arrest\w*|take|come|pick|lock|detain)\w*")),
)

# Photos of documents for a waiver or a check, not of the borrower.
_DOCUMENTS = regex(r"证明|凭证|材料|病历|诊断|流水|合同|截图|身份证|银行卡|工资条|发票|账单|收据|\b(bills?|receipts?|documents?|statements?|payslips?|contract|proof)\b")
# 陪 a client, a parent, a child, a patient: a job or a duty.
_ACCOMPANIED = regex(r"陪(同)?(客户|领导|老板|家人|爸|妈|我爸|我妈|爸妈|父母|老人|孩子|儿子|女儿|老婆|老公|朋友|同事|病人|奶奶|爷爷|外婆|外公|姥姥|朋友们|同学|客人|考察)")
# Everyday posters and notices: against fraud, an advert, a campaign (the matched words' neighbours only).
_EVERYDAY_POSTER = regex(r"防诈骗?|反诈|防骗|宣传|广告|招聘|促销|开业|演出|电影|活动|疫苗|医保|社保|体检|通知")
# The employer's own message to its staff ("HR sent an email to the whole department about the holiday schedule").
_EMPLOYER_SENDS = regex(r"\b(hr|human resources|my boss|boss|manager|company|school|teacher|office|employer|landlord)( department| team)?( just| also)? $")
# The writer calling round ("我一个一个给朋友打电话借钱"): collectors.py's contact cue skips 我 right before 给 only.
_WRITER_CALLS = regex(r"我(自己|一个一个|一个个|挨个|又|也|还|都|先|就|去|只好|只能|已经|天天|每天)+$")
_OWN_SENDING = regex(r"我(准备|要|想|打算|可以|已经|先|刚|就|会|拍了?|把)\S{0,8}$")


def everyday(name: str, text: str, match: re.Match[str]) -> bool:
    """Whether the matched words of an older cue, or of coercion, have their everyday reading here (see the module
    docstring): documents photographed, 陪 someone as a duty, the writer sending their own document or calling round,
    a poster against fraud, the employer's own email to its staff."""
    words = match.group(0)
    around = text[max(0, match.start() - 10):match.end()]
    if name == "coercion":
        return _DOCUMENTS.search(around) is not None
    if name == "sexual" and "陪" in words:
        return _ACCOMPANIED.search(text, max(0, match.start() - 2), match.end() + 6) is not None
    if name == "shaming" and words[:1] == "传" and text[max(0, match.start() - 1):match.start()] == "宣":
        return True  # 宣传栏上有我的照片: a noticeboard's 传, not photos spread (exposure.py reads a board with the debt)
    if name == "shaming" and words[:2] in ("海报", "传单", "告示") and _EVERYDAY_POSTER.search(text, max(0, match.start() - 8), match.end() + 8):
        return True
    if name == "contact" and words[:1] in ("给", "打") and _WRITER_CALLS.search(text[max(0, match.start() - 10):match.start()]):
        return True
    if name == "contact" and words.isascii() and _EMPLOYER_SENDS.search(text[max(0, match.start() - 30):match.start()]):
        return True
    if name == "shaming" and _DOCUMENTS.search(around):
        return _OWN_SENDING.search(text[max(0, match.start() - 12):match.start()]) is not None
    return False
