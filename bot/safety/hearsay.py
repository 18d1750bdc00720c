"""Hearsay and events, the two readings of an abuse message as a whole (``hearsay_only``): what others
say may happen (media, forums, kin passing on what they heard, someone else's collector), and what
happened (something received, a collector's act, a day named). Split out of abuse.py (safe16); the readings
themselves (``hearsay_only``, ``about_someone_else``, a clause's ``hearsay_clause``) joined them (split159)."""

from __future__ import annotations

from ..patterns import Guarded, regex
from .clauses import KIN_EN, KIN_ZH
from .threats import life_threatened

_HEARSAY_ZH = regex(
    # (群里有人 passes on what someone in a group said, not someone posting the borrower's own ID there: safe48)
    # media, studies and collectors in general ("有的催收会冒充警察") are not what happened to the borrower
    rf"看(了|到)(一个|个|一篇|一条|一部)?\S{{0,4}}(视频|文章|帖子|新闻|电影|电视剧|纪录片)|讲的是|里面(说|讲|提到)|((?<!没)有的|有些|一些|某些|部分)(催收|催债)(?!费)"
    rf"|电影|电视剧|小说|纪录片|论文|课题|调研|毕业设计"
    rf"|听说|听\S{{0,4}}说|刷(到|抖音|视频|快手)|(视频|文章|帖子|抖音|快手)(里|上)?(说|讲)|看到(一个|个|一篇)?(视频|文章)|有人说|(别|人家|大家|听)人说|(大家|人人|别人|人们|他们|网上)都说|都说(会|要|逾期|欠)|据说|网上(说|看到|有人)|(看到|看|在)网上|帖子|论坛|群里有人(?!\S{{0,3}}(发|贴|晒|转|传)(了|出)?\S{{0,3}}(我|她|他)的)|新闻|听人说|没有发生在我身上|我还没(有)?遇到"
    rf"|(骗子|诈骗)(特别|很|挺|非常|越来越)?多|千万别(信|上当)|小心(骗子|诈骗|上当)|(村里|邻居|街坊|大家)(人)?都在(说|传|议论)"
    rf"|(^|\s)(我的?|我们)?({KIN_ZH})(也|总|总是|一直|都)?(说|跟我说|告诉我)")  # kin as the one speaking
_HEARSAY_EN = regex(
    rf"people (say|said|online|on)|someone (in|on|online)\b(?!.{{0,40}}\b(claiming|pretending|posing|saying (he|she) (is|was|works)))|\bi (heard|read)|ive (heard|read)|reading .{{0,12}}(forum|online|posts|stories|about)"
    rf"|forum|horror stories|({KIN_EN})s? (always |keeps |kept )?(says|said|keeps saying|keeps telling me|kept telling me|tells me|was joking|told me that|thinks|reckons|believes|worries|is worried)\b"
    r"|joking that|according to|\b(the )?news (said|says|reported|reports)\b|\b(tiktok|douyin|a video|videos|youtube|an article|a post|a blog) (said|says|claimed|claims|saying)"
    r"|\b(movie|film|tv show|drama|novel|documentary|thesis|dissertation|research|essay|term paper|some collectors|class project|coursework|survey|interviewing people)\b|\bfor (my|a|our) (\w+ )?(class|course|lecture)\b"
    r"|\b(saw|watched|seen|read) (a|an|this|some|one) (tiktok|video|clip|post|reel|story|article|news)|(student|someone|a friend|he|she) told me (that )?(collectors|they)\b"
    # someone else's collector, told by them ("my colleague told me a collector swore at her", "my brother
    # in law said collectors in his town put up posters"; safe12)
    rf"|\b({KIN_EN}|neighbou?r|someone|somebody|a friend)s?( in law)? (told me|said|says) (that )?(a|some|one) (collector|agent)s?\b"
    rf"|\b(told|tell|telling) me (a story|stories|about (a|some) (collector|case))\b"
    # (collectors in their town, doing nothing to the writer or the writer's own: review21)
    rf"|\bcollectors? in (his|her|their) (town|city|village|area)\b(?!.{{0,30}}\b(my|me|us)\b)")
_EVENT_ZH = regex(
    r"收到|接到|发来|打来|寄来|找上门|上门来|(催收|催款)(员|的人)?(给|把|在|说|打|发|天天|一直|每天|又|还|竟然|居然|直接|跟|用|对|就)"
    r"|他们(把|在|给|说|天天|一直|又|竟然|居然|直接)|对方(说|把|给|发|一直)|有(个|一个|两个|几个|三个)?人(?!说).{0,16}(打了|打来|打电话|发了|发来|来了|来我家|寄了|寄来|加了|加我)|寄了|打电话给|打(了)?电话到|打到(我|了)"
    r"|(来|到)(了)?(我|我们)家|对方(打|发|寄|建|在|用)"
    r"|(昨天|今天|前天|刚才|刚刚|上周|这周|这几天|前几天|前两天)\S{0,10}(打|发|来|说|骂|收到|接到)"
    # the writer's own likeness in what was seen ("刷到一个视频，是我的照片和名字"): an event, not a story (abuse207)
    r"|(是|有|用了?|挂着?|配着?|把)我的?\S{0,2}(照片|正脸|脸|名字|身份证)")
_EVENT_EN = regex(
    r"\b(they|theyve|theyre|collectors?|he|hes|she|shes|someone|somebody|a (man|guy|woman|collector|person)|two men|men|agents?|caller"
    r"|the company|a stranger) (have |has |had |just |keep |keeps |kept |started |already |then |been |are |is |were |was )*"
    r"(said|told|called|rang|texted|messaged|sent|posted|threatened|came|showed|added|emailed|wrote|left|followed|found|contacted"
    r"|made|put|printed|shared|published|swore|cursed|keep|keeps|texting|calling|messaging|sending|posting|threatening|harassing"
    r"|following|visiting|contacting|played)\b"  # (played: "they played me a voice note in my mum's voice", abuse207)
    r"|got (a|an|some) (call|text|sms|message|letter|document|voice|lawyer)|\breceived\b|yesterday|last (week|night|month)|this (week|morning)"
    r"|\b(with|showing|has|had|using) my (face|photo|picture|full name|real name|name|id card|id number)\b|\b(photos?|pictures?|videos?|clips?) of me\b")


# The borrower says it has not happened to them: whatever the message describes is hearsay.
_DENIAL = regex(r"nothing like (that|this)|(havent|have not|hasnt|has not|never) (had|seen|experienced) any of (that|this)|none of (that|this)|(hasnt|has not|havent|have not) happened to me|没有发生在我身上|(我)?还没(有)?遇到|我没遇到过")
_SOMEONE_ELSE = regex(
    r"(同事|朋友|邻居|亲戚|别人|有人|有个人|同学).{0,8}(被(催收|催|网贷)|网贷逾期|逾期了|欠了)"
    r"|\b(my )?(friend|coworker|colleague|neighbou?r|cousin|classmate|someone i know)s? (got|had|was|were) .{0,30}collect"
    r"|\b(friend|coworker|colleague|neighbou?r|cousin|classmate|brother|sister)s? (\w+ )?(collectors?|lenders?|loan app)\b")


# A reminder told as polite, with nothing threatening or fake in the message (safe6: "说是借呗合作的
# 律所，语气挺客气的，就是提醒我尽快还款"): the borrower asks whether it is genuine; no abuse is told.
# A negated 客气 is menace, not politeness ("那些人可不会跟你客气", "说话很不客气": mend124).
_POLITE = regex(r"(?<![不你])(?<!你这么)(?<!你那么)客气|礼貌|态度(挺|很|还|倒)?(好|不错)|\b(polite|politely|courteous|friendly)\b")
_MENACE = regex(r"抓|坐牢|拘留|逮捕|威胁|骂|吓|转账|个人账户|私人账户|假|冒充|骚扰|曝光|通讯录|上门|半夜|群|朋友圈|照片|身份证|一开始|后来|住在哪|一个人住|陪|暧昧"
                r"|\b(threat\w*|arrest\w*|jail|prison|fake|pretend\w*|personal account|harass\w*|swore|insult\w*|group|photos?|id card|posted|at first|but then|until|where i live|live alone)\b")


# The same searches, skipped where they cannot match (speed only; bot.patterns.Guarded).
_GUARDED_HEARSAY_ZH, _GUARDED_HEARSAY_EN = Guarded(_HEARSAY_ZH, branches=False), Guarded(_HEARSAY_EN, branches=False)


def hearsay_only(message: str) -> bool:
    """The message reports what others say may happen, and nothing a collector did."""
    if _DENIAL.search(message):
        return True
    if life_threatened(message):
        return False  # "我老公说要杀了我": told by the one threatened, not passed on (safe12)
    if _POLITE.search(message) and not _MENACE.search(message):
        return True
    return bool((_GUARDED_HEARSAY_ZH.search(message) or _GUARDED_HEARSAY_EN.search(message))
                and not (_EVENT_ZH.search(message) or _EVENT_EN.search(message)))


def about_someone_else(message: str) -> bool:
    """The message tells of what happened to someone else ("同事网贷逾期了，催收打到公司")."""
    return bool(_SOMEONE_ELSE.search(message))


def hearsay_clause(text: str) -> bool:
    """Whether a clause passes on what others say or tells someone else's story. Hearing that a
    collector has done something to the borrower ("听说催收给我单位打电话了") is news of an
    event, not hearsay (safe10 probe)."""
    if _HEARD_DONE_TO_ME.search(text):
        return False
    return bool(_HEARSAY_ZH.search(text) or _HEARSAY_EN.search(text) or _SOMEONE_ELSE.search(text))


_HEARD_DONE_TO_ME = regex(r"(听|听到|听同事|听家里人?|听(我)?(妈|爸|领导|同事|邻居|朋友))\S{0,2}说(催收|催款|他们|对方|有人)(已经|昨天|今天|前天|又|竟然|居然|都)?"
                          r"(给|打到|打给|打了电话给|找到|找上|去了|联系了|告诉了|通知了)(我的?|我们的?|我家)[^会要吗]{0,12}了")


__all__ = ["_EVENT_EN", "_EVENT_ZH", "_HEARSAY_EN", "_HEARSAY_ZH", "about_someone_else", "hearsay_clause", "hearsay_only"]
