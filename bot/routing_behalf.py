"""Relief asked on someone else's behalf (round 41, cls138; issue 13).

Independently written questions ask to negotiate for a parent or a spouse ("我爸的借呗逾期了 我想帮他打电话协商",
"can I negotiate a payment plan for my wife"). The classifier reads the relative's words (k:family, which leads to
contact_family) and the story of lateness (collection_process) before the act asked: talking to the lender about
relief, which is negotiate's answer whoever's loan it is (the article's advice: contact the platform early, explain,
ask about a plan). So a reading of the relative, the chasing or the consequences gives way to negotiate when the
message asks to negotiate or ask for relief *for* someone: a helping word before the person (替他, 帮我妈, 代我爸,
作为丈夫, "on her behalf", "for my dad") and a relief or talking word (协商, 商量, 分期, 延期, 减免, "negotiate",
"payment plan").

Nothing changes for the family contacted ("会不会找我爸妈商量" names no helping word), for paying in someone's place
("我能帮我妈还吗": no relief asked; uncovered_consequences' liability), for a crisis or abuse reading (never read here:
routing_meant leaves safety readings to vetting), or when the message already reads negotiate first.
Narrowed by mend147 (review142): the helper, the person and the talk in one clause, a talk asked and not told as done,
他/她 not inside 他们, no "for them" nor possessive, the family's contact asked left to contact_family, and a declined
or going-dark reading never overridden.
Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex

NEGOTIATE = "negotiate"
# (Not out_of_scope nor going_dark, review142 #3 and #2: "帮我妈沟通一下她的手机话费套餐", "提额谈一下" are declined
# rightly, and a helper asking about changing numbers deserves going_dark's "don't disappear" first.)
_FROM = frozenset({"contact_family", "collection_process", "uncovered_consequences"})

# (他/她 not inside 他们/她们, the collectors: "帮他们联系我父母沟通"; review142 #2)
_KIN = (r"他(?!们)|她(?!们)|我(?:的)?(?:爸|妈|父亲|母亲|老爸|老妈|爸爸|妈妈|爸妈|父母|老公|老婆|丈夫|妻子|爱人|媳妇|对象|家人|儿子|女儿|哥|姐|弟|妹)"
        r"|家里(?:的)?老人|(?:家里)?老人|爸妈|父母|家人")
_BEHALF_ZH = rf"(?:替|帮|代|代替|帮着)(?:{_KIN})|作为(?:她|他)?的?(?:丈夫|妻子|老公|老婆|家属|子女|儿子|女儿)"
# (not "for them", the lender; not a possessive, "for my mom's surgery", normalized to "mom s"; review142 #2)
_BEHALF_EN = (r"\bon (?:his|her|their|my (?:\w+ )?\w+ ?s) behalf\b|\bon behalf of\b"
              r"|\bfor (?:him|her|my (?:elderly |old |sick )?(?:mum|mom|mother|dad|father|wife|husband|parents?|spouse|partner|son|daughter"
              r"|brother|sister))\b(?! s\b)")
# Relief or a talk with the lender asked (not paying in their place: that is liability, uncovered_consequences), and not
# a talk told as done ("谈了", "沟通了一下", "沟通过": reported, not asked; review142 #2, #5).
_RELIEF_ZH = r"(?:协商|商量|谈(?:谈|一谈|判)?|沟通|分期|延期|展期|减免|少还|停息|还款计划|宽限)(?![了过])"
_RELIEF_EN = (r"\b(?:negotiat\w*|payment plan|instal+ment\w*|extension|more time|lower (?:the |her |his )?(?:monthly )?(?:amount|payment)s?"
              r"|waive\w*|reduce\w*|work (?:something|it) out)\b")
# The helping word and the relief word in the same clause: the helper and the person, then the talk within a few
# characters ("帮我爸跟支付宝协商", "替她去找平台谈分期"); in English either order in one clause ("negotiate a payment
# plan for my wife", "on her behalf, can i ask for an extension"). A helping word anywhere and a talk anywhere is not
# one act ("我借钱是为了帮我妈看病 …他们会打电话给她沟通吗"; review142 #2).
_ASKED_FOR = regex(rf"(?:{_BEHALF_ZH})[^\s，,。！？!?；;]{{0,12}}?{_RELIEF_ZH}"
                   rf"|(?:{_BEHALF_EN})[^，,。！？!?；;]{{0,40}}?{_RELIEF_EN}|{_RELIEF_EN}[^，,。！？!?；;]{{0,40}}?(?:{_BEHALF_EN})")
# The family's contact asked: contact_family's own question whoever helps ("他们会打电话给她吗", "will they call my
# parents"; review142 #2).
_CONTACT_ASKED = regex(r"会(?:不会)?(?:打(?:电话)?(?:给|到)?|联系|找|通知|告诉)|\bwill they (?:call|contact|phone|ring|text|tell|reach)\b")

# A guarantor asked to pay for the borrower (review142 #6): the guarantee told (担保人, 当过他的担保, 保证人 but not
# 保证人身份证) and paying asked of the writer (我要还吗, 找我要钱). The chasing or the contact read first
# ("借款人跑路了", "催收打给我") is the story; the liability is the question (uncovered_consequences). A guarantor only
# contacted asks no paying ("催收会打电话给我的担保人吗": contact_family stays).
LIABILITY = "uncovered_consequences"
_GUARANTEE = regex(r"担保|保证人(?!身)|\bco ?sign\w*|\bguarantor\b")
_PAY_ASKED = regex(r"(?:我|自己)(?:真的)?(?:要|得|需要|必须|会)(?:替\w{0,3})?还|找我要钱|要我还|让我还|(?:我|自己)还钱|(?:要|得)还钱吗"
                   r"|\b(?:do|will|would|must) i (?:have to |need to )?pay\b|\bam i (?:liable|responsible|on the hook)\b")
_GUARANTEE_FROM = frozenset({"going_dark", "contact_family", "collection_process"})


def guarantee_asked(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences] first for a chasing, a contact or a going-dark reading of a guarantor asked to pay
    (see _GUARANTEE); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _GUARANTEE_FROM or not _GUARANTEE.search(folded) or not _PAY_ASKED.search(folded):
        return topics
    return [LIABILITY, *[t for t in topics if t != LIABILITY]][:4]


def behalf_asked(topics: list[str], folded: str) -> list[str]:
    """[negotiate] first for a relative's, a chasing, a consequence or a declined reading of a message that asks for
    relief on someone else's behalf (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _FROM or not _ASKED_FOR.search(folded):
        return topics
    if topics[0] == "contact_family" and _CONTACT_ASKED.search(folded):
        return topics
    return [NEGOTIATE, *[t for t in topics if t != NEGOTIATE]][:4]


__all__ = ["behalf_asked", "guarantee_asked"]
