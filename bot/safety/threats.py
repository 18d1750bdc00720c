"""A threat to the writer's life, said or made outright by anyone (safe12, mended by safe14): "我老公说要
杀了我" deserves 110 as a collector's threat does, though family talk is otherwise no collection.

Not a scolding to come (a parent's "if you borrow again", "when he finds out": 再, 如果, 知道了 before
the threat), nor a joke, nor the hyperbole of a parent, a boss or a teacher ("我老板说要杀了我，报表又做错了").
A discovery told after the threat is past ("我老公说要杀了我，借呗的事他知道了"), and a condition of paying
back is the threat itself ("说如果我不把借他的钱还上就弄死我", "he will kill me if I don't pay back").
"""

from __future__ import annotations

from ..patterns import regex

_LIFE_THREAT = regex(r"(说|扬言|威胁|要|拿刀|拿着刀|拿着?菜刀)\S{0,4}(杀了|杀|弄死|掐死|砍死|捅死)(我|我们|我和孩子|我全家)(?!吧)"
                     # paying back as the condition, in either order ("不还他钱就弄死我", "借呗还不上就弄死我"; review24)
                     r"|(不(把\S{0,10})?还\S{0,4}|还不(上|起|了|清))(的话)?就(杀了|杀|弄死|掐死|砍死|捅死|打死)(我|我们|我全家|你)"
                     # ...or as the answer to the writer's "can't pay" (review28: "我还不上，他说那就打死你")
                     r"|还不(上|起|了|清)\W{0,2}(他|她|对方|催收|那人)\S{0,3}(说|回)\W{0,2}(那)?(就)?(杀了|弄死|掐死|砍死|捅死|打死|要(了)?(我|你)的(命|小命))(我|我们|我全家|你)?"
                     # ...or "要我的命" (review27: "催收打电话说再不还就要我的命")
                     r"|(不(把\S{0,10})?还\S{0,4}|还不(上|起|了|清))(的话)?就要(了)?(我|你)的(命|小命)"
                     r"|\b(threatened|threatening|threatens|said|says|keeps saying|swore) (that )?(he|she|they)?(d| would| will|ll| is going to| was going to| are going to| were going to)? ?(to )?kill me\b"
                     r"|\bif i (dont|do not|cant|cannot|wont) (pay|repay|give)\b.{0,40}\b(he|she|they)( ?ll| will| would| d|d| is going to| are going to) kill me\b")
# Said before the threat: a condition or a discovery to come; anywhere: a joke.
_IF_BEFORE = regex(r"再|如果|要是|敢|的话|知道了|发现|\b(if|when|once|again|finds? out)\b")
_JOKE = regex(r"非\S{0,6}不可|哈哈|开玩笑|\b(lol|haha|joking|kidding)\b|\b(if|when|once|again|finds? out)\b(?!.{0,20}\b(pay|repay|give)\b)")
# Paying back as the condition: a threat to extort, not a scolding.
_PAY_OR_ELSE = regex(r"(不(把\S{0,10})?还\S{0,4}|还不(上|起|了|清))(的话)?(就)?(杀|弄死|掐死|砍死|捅死|打死|要(了)?(我|你)的(命|小命))|还不(上|起|了|清)\W{0,2}(他|她|对方|催收|那人)\S{0,3}(说|回)\W{0,2}(那)?(就)?(杀|弄死|掐死|砍死|捅死|打死|要(了)?(我|你)的(命|小命))|\bif i (dont|do not|cant|cannot|wont) (pay|repay|give)")
# Whose hyperbole: a parent, a boss or a teacher opening the message or the clause before.
_HYPERBOLE_SPEAKER = regex(r"^\W*(我的?)?(妈|爸|妈妈|爸爸|老妈|老爸|爸妈|父母|老板|领导|上司|经理|主管|同事|老师|班主任)"
                           r"|^\W*my (mum|mom|mother|dad|father|parents|boss|manager|teacher|coworker|colleague)s?\b")


# A collector named after the relative who opens the message is the one who speaks ("我爸借呗逾期了，催收说要打断
# 我的腿": the father's late loan, the collector's threat; review29): no scolding.
# The collector as the subject of a saying ("催收说", "the collector said"), not something the relative saw
# ("我妈看到催收短信，说要杀了我": the mother's words; probe12's look-alike).
_COLLECTOR_NAMED = regex(r"(催收|催款|催债|要债|讨债|收债|第三方|外包)(员|的人|人员|那边|公司|的)?(也|又|还|就|竟然|居然|直接|打电话|在电话里|跟我|对我)*(说|讲|威胁|扬言|放话|骂|吼)"
                         r"|\b(collectors?|agents?|callers?|lenders?)( (also|then|just|even|has|had|have|again))* (said|says|told|threatened|threatens"
                         r"|will|would|is going to|are going to|keeps saying|kept saying|swore|yelled|shouted)\b")


def _kin_speaks(text: str) -> bool:
    """Whether a parent, a boss or a teacher opens ``text`` with no collector named after them."""
    match = _HYPERBOLE_SPEAKER.search(text)
    return match is not None and _COLLECTOR_NAMED.search(text, match.end()) is None


def hyperbole(context: str) -> bool:
    """Whether a parent, a boss or a teacher opens the window's context: their "要杀了我" is a scolding."""
    return _kin_speaks(context)


# Someone else making the threat (said, threatened; he, she, they, a collector): not the writer's own
# "还不上就杀了我吧", a despairing wish (safe16).
_SPEAKER = regex(r"说|讲|扬言|威胁|放话|发(来|了)|短信|电话里|催收|他|她|对方|那人|\b(he|she|they|theyll|theyd|hell|shell|hed|shed|collectors?|someone|somebody|a man|the man)\b")


def extorted(text: str, context: str = "") -> bool:
    """Whether a window tells of a threat to the writer's life with paying back as its condition,
    made by someone ("if I don't pay they'll kill me", "老公说再不还钱就打死我"): a threat to extort,
    whatever cue table it escapes (打死 and "kill me" are also idioms) and however it opens ("if" is its
    condition, not a question). Not a parent's or a boss's scolding, not the writer's own "…就杀了我吧"."""
    match = _PAY_OR_ELSE.search(text)
    return (match is not None and life_threatened(text, context) and _SPEAKER.search(text) is not None
            and not _OWN_WISH.search(text) and not _writer_said(text, match.end()))


# The writer's own wish, said in the threat's own clause ("还不上就杀了我吧", "…就弄死我算了"); 算了 or 吧
# in a clause of its own after a threat told is resignation ("催收说再不还就要我的命，算了"; review27).
_OWN_WISH = regex(r"(杀了|杀|弄死|掐死|砍死|捅死|打死|要了?我的命)(我|我们)?(吧|算了)\W*$")
# The writer threatening someone else ("我跟他说再不还钱就打死你"): not a threat to the writer.
# Not 我妈说, and not 跟我说/对我说 (the collector telling the writer; review28), nor the writer's words
# answered by someone else's threat ("我跟催收说我还不上，他说那就打死你": the last speaker threatens).
_WRITER_SAYS = regex(r"(?<![跟对和给向])我((跟|对|和)\S{0,4})?(说|讲|骂|吼)(?!.*(他|她|对方|催收|那人|那边)\S{0,4}(说|讲|骂|吼|回))")


def _writer_said(text: str, end: int) -> bool:
    """Whether the writer is the last one said to speak before ``end`` (the threat's end)."""
    return _WRITER_SAYS.search(text[:end]) is not None


def life_threatened(text: str, context: str = "") -> bool:
    """Whether a window (``context``: it with the clause before) tells of a threat to the writer's life."""
    match = _LIFE_THREAT.search(text)
    if match is None or (match.group(0).endswith("你") and _writer_said(text, match.end())):
        return False  # (the writer threatening someone: "我跟他说再不还钱就打死你")
    if _PAY_OR_ELSE.search(text):
        # paying back as the condition: a threat to extort, whoever makes it, a parent too ("my mom
        # said if I don't pay back jiebei she'll kill me": 110 at least, never a bare decline; review27)
        return True
    if _kin_speaks(context or text):
        return False
    return _IF_BEFORE.search(text[: match.start()]) is None and _JOKE.search(text) is None


# One's own death asked for ("just kill me", "someone please kill me", "kill me please", "…干脆杀了我吧"):
# the writer's despair (despair.py reads it), no one's threat (review27: it got the abuse reply, no 12356).
_ASKED_FOR = regex(r"\b(just|please|someone|somebody)( please| just)* kill me\b(?! (if|when|unless))|\bkill me please\b"
                   r"|(就|干脆|那就|不如)(杀了|弄死)我(吧|算了)")
_TOLD_BY = regex(r"\b(said|says|told|threatened|will|would|ll|gonna|going to)\b|说|威胁")


def asked_for(text: str) -> bool:
    """Whether a window asks for the writer's own death, with nobody said to threaten it."""
    return _ASKED_FOR.search(text) is not None and _TOLD_BY.search(text) is None

