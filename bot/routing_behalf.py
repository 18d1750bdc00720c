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
Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex

NEGOTIATE = "negotiate"
_FROM = frozenset({"contact_family", "collection_process", "uncovered_consequences", "out_of_scope", "going_dark"})

_KIN = (r"他|她|我(?:的)?(?:爸|妈|父亲|母亲|老爸|老妈|爸爸|妈妈|爸妈|父母|老公|老婆|丈夫|妻子|爱人|媳妇|对象|家人|儿子|女儿|哥|姐|弟|妹)"
        r"|家里(?:的)?老人|(?:家里)?老人|爸妈|父母|家人")
# Acting for the person: the helping word right before them, or a family role named as the one who acts.
_BEHALF = regex(rf"(?:替|帮|代|代替|帮着)(?:{_KIN})|作为(?:她|他)?的?(?:丈夫|妻子|老公|老婆|家属|子女|儿子|女儿)"
                r"|\bon (?:his|her|their|my (?:\w+ )?\w+ ?s) behalf\b|\bon behalf of\b"
                r"|\bfor (?:him|her|them|my (?:elderly |old |sick )?(?:mum|mom|mother|dad|father|wife|husband|parents?|spouse|partner|son|daughter|brother|sister))\b")
# Relief or a talk with the lender asked (not paying in their place: that is liability, uncovered_consequences).
_RELIEF = regex(r"协商|商量|谈(?:谈|一谈|判)?|沟通|分期|延期|展期|减免|少还|停息|还款计划|宽限"
                r"|\b(?:negotiat\w*|payment plan|instal+ment\w*|extension|more time|lower (?:the |her |his )?(?:monthly )?(?:amount|payment)s?"
                r"|waive\w*|reduce\w*|work (?:something|it) out)\b")


def behalf_asked(topics: list[str], folded: str) -> list[str]:
    """[negotiate] first for a relative's, a chasing, a consequence or a declined reading of a message that asks for
    relief on someone else's behalf (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _FROM or not _BEHALF.search(folded) or not _RELIEF.search(folded):
        return topics
    return [NEGOTIATE, *[t for t in topics if t != NEGOTIATE]][:4]


__all__ = ["behalf_asked"]
