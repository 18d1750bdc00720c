"""A group the writer addresses at the head of a clause ("姐妹们 …", "兄弟们，…", "各位，…", "guys, …"): the readers
spoken to, not someone else who acts (checkin94, issue 12, docs/safety.md Round 70).

Whose crisis a clause tells is read from the first person named near its start (others._whose). A plural of kin or
friends used as an address names 姐 in 姐妹们, 弟 in 兄弟们, 朋友 in 朋友们: a writer who opened "姐妹们 借呗逾期 好想去海边
一直往里走" was read as telling a sister's danger and given the helper's reply (blind18, kinds report §2). Only a
plural or a word that addresses a group is taken, and only when a pause follows it (a space, a comma, the clause's
end): "兄弟说他不想活了" (a brother) and "朋友们都劝我" (friends who act) are left as they are."""

from __future__ import annotations

from ..patterns import regex

_ADDRESS = regex(
    r"^\W*(?:(?:hi|hey|hello|嗨|哈喽)\W*)?"
    r"(?:(?:各位|诸位)(?:兄弟姐妹|姐妹兄弟|兄弟|姐妹|朋友|网友|老铁|家人|亲)?(?:们)?|大家(?:好)?"
    r"|(?:兄弟姐妹|姐妹兄弟|兄弟|姐妹|朋友|老铁|宝子|集美|友友|网友|家人|亲人|哥们|姐们|小伙伴|老哥|老姐|亲)们(?:儿)?"
    r"|(?:guys|everyone|everybody|folks|friends|mates|fam|y ?all|you all)\b)"
    r"(?:啊|呀|哈|呐|们)?(?=[\s,，!！、:：…~。.]|$)")


def without_address(text: str) -> str:
    """The clause (folded) without a group addressed at its head (see the module doc)."""
    return _ADDRESS.sub("", text, count=1)


# A partner named as the one who left the writer ("男朋友也分了", "老公跟我离婚了", "my girlfriend dumped me"): the clause
# tells the writer's loss, and the subjectless wish after it ("好想去海边 一直往里走") is the writer's, not the partner's
# (blind18: a writer was given the helper's reply so). Only a partner first named in the clause: "我表妹被男朋友甩了，
# 想跳河" names the cousin first and stays hers.
_PARTNER_LEFT = regex(
    r"^(?:我的|我家|我)?(?:男朋友|女朋友|男友|女友|对象|老公|老婆|丈夫|妻子|媳妇|未婚夫|未婚妻|前任)(?:(?![她他])\S){0,6}?"
    r"(?:分了|分手|提了?分手|离婚|甩了我|不要我|跟别人跑了|跟人跑了|出轨)"
    r"|^(?:and |also |then )?(?:my )?(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|fiance|fiancee)\b.{0,12}?"
    r"\b(?:left me|dumped me|broke up with me|cheated|filed for divorce|divorced me|walked out)\b")


# (mend82, review99 §3) Only the writer's own partner: a possessor before the partner ("闺蜜男朋友", "我姐老公", "朋友老婆",
# "同事老公") or the one left named as her or him ("跟她分手", "甩了她") tells a third party's loss, and the crisis after it
# stays theirs. Read by others._whose before it looks past a clause of someone gone from the writer's life.
_PARTNER = r"(?:男朋友|女朋友|男友|女友|对象|老公|老婆|丈夫|妻子|媳妇|未婚夫|未婚妻|前任)"
_THIRD_PARTY_LOSS = regex(rf"^(?!(?:我的|我家|我){_PARTNER})\S{{1,4}}?(?:的)?{_PARTNER}|(?:跟|和|把|甩了|离开了|不要)(?:她|他)(?!们)"
                          r"|\b(?:her|his) (?:boyfriend|girlfriend|husband|wife|partner|fiance|fiancee)\b|\b(?:left|dumped|divorced) (?:her|him)\b")


def third_party_loss(text: str) -> bool:
    """Whether the clause (folded) tells someone else's partner leaving them, not the writer's (see _THIRD_PARTY_LOSS)."""
    return _THIRD_PARTY_LOSS.search(without_address(text.strip()).strip()) is not None


def partner_left(text: str) -> bool:
    """Whether the clause (folded) names a partner first as the one who left the writer (see _PARTNER_LEFT)."""
    return _PARTNER_LEFT.search(without_address(text.strip()).strip()) is not None
