"""Grief with a wish to follow (third169, issue 12, Round 99): the writer wants to go to, be with or follow a spouse
or parent who has died ("老公走了快一年了，我每天晚上都想去陪他", "爸爸去年走的，我想早点去找他", "阿妈唔喺度了，我都想落去
陪佢", "since my wife died I just want to go and be with her"). A crisis cue named ``follow_dead``: the writer's crisis,
never the helper's (whose_crisis), however the one who died is named in the clause before.

Why a cue of its own. despair.py's follow cues read the wish only with 也 ("我也想去陪他") or as 跟/随…去 at a clause's
end, because "我想去陪他" alone is as often a husband alive in hospital (review44); and the death only as 去世/走了
said right after the kin. So a death told another way (去年走的, 走咗, 唔喺度, 不在了) or a wish with a time word
(早点去找他, 快点过去和他团聚) was read by nothing.

The structure, read in one window (the death's clause and the wish's): **a death told** (a kin or partner named, then
走了/走的/去世/过世/不在了/没了/走咗/过身/唔喺度; "died", "passed", "lost my…") **· the writer's wish to go to them**
(想/好想/只想/恨不得 … 去陪, 去找, 跟…走, 随…去, 过去和…团聚, 落去陪; "follow", "join", "go and be with") **naming the
same person**: the same kin word, or 他/她/佢 with no other person named between (我爸去世了，我妈一个人，我想去陪她 is
the mother, alive). Not a grave visited or a memorial (扫墓, 上坟, 墓前, 清明, "grave", "memorial"), a talk or a
meal with the living, a time with an end (这周末, 过年, "this weekend"), nor what is kept (在心里, "in spirit").
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_ONE_ZH = (r"(?:老公|老婆|丈夫|妻子|媳妇|爱人|老伴|先生|太太|爸爸|妈妈|老爸|老妈|爸|妈|父亲|母亲|阿爸|阿妈|老豆|老母|爷爷|奶奶|外公|外婆"
           r"|姥姥|姥爷|阿嫲|阿爷|儿子|女儿|孩子)")
_DIED_ZH = (r"(?:已经|去年|前年|上个月|上周|年初|年底|前几天|半年前|一年前|几年前|走了)?\S{0,8}?"
            r"(?:去世|过世|過世|病逝|离世|走了|走的|走咗|过身|過身|不在了|唔喺度|冇咗|没了|死了|离开了我们|离开我们|离开了我)")
# No one else named between the death and the wish: the pronoun is the one who died.
_NO_OTHER_ZH = rf"(?:(?!{_ONE_ZH}|他们|她们|朋友|同事|邻居)[^。！？!?]){{0,30}}?"
_WANT_ZH = r"(?<!不)(?<!没)(?<!唔)(?:想|好想|真想|只想|很想|就想|也想|都想|总想|老想|恨不得|打算|准备)"
_SOON_ZH = r"(?:早点|早啲|快点|快啲|赶紧|马上|干脆|也|都|就)?"
_GO_ZH = (r"(?:(?:去|过去|下去|落去)?陪(?:住)?(?:{who})(?=$|\s|了|吧|算了|啦|啊|一起|团聚)"
          r"|(?:去|过去|下去|落去)?找(?:{who})(?=$|\s|了|吧|算了|啦|啊)"
          r"|(?:跟|随|和|同)(?:着)?(?:{who})(?:一起|一齐|一块)?(?:去|走)(?=$|\s|了|吧|算了|啦|啊|咗)"
          r"|(?:去|过去|下去)(?:和|跟|同)(?:{who})(?:团聚|相聚|见面|作伴))")
_SAME = r"(?P=one)|他|她|佢"


def _zh() -> str:
    go = _GO_ZH.format(who=_SAME)
    # (the one who died is the writer's own: not "我朋友的爸爸去世了，我想去陪她", the friend alive: review44)
    return rf"(?<![友事居学蜜他她们]的)(?<![爸妈哥姐弟妹公婆爷奶伴])(?P<one>{_ONE_ZH}){_DIED_ZH}{_NO_OTHER_ZH}{_WANT_ZH}\S{{0,6}}?{_SOON_ZH}(?:{go})"


_ONE_EN = r"(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|grandma|grandpa)"
_EN = (rf"\b(?:my (?:late )?{_ONE_EN}\b.{{0,20}}?\b(?:died|passed|passed away|is gone|was gone|left us)|(?:since|after) (?:i lost|losing) my {_ONE_EN}"
       rf"|(?:since|after) my {_ONE_EN} (?:died|passed))\b"
       r"(?:(?!\b(?:my (?:kids?|son|daughter|friend|sister|brother|mum|mom|dad)|they)\b)[^.!?]){0,60}?"
       r"\b(?:i|im|i am)\b(?: \w+){0,3}? (?:want to|wanna|wish i could|should|need to|am going to|ready to|going to)"
       r"(?: just)? (?:follow (?:him|her)|join (?:him|her)|go (?:and |to )?be with (?:him|her)|be with (?:him|her) again)\b"
       # ...or a promise to be with them soon, told to them: "I tell him I'll be with him soon"
       r"|\b(?:ill|i will|im going to|i am going to) (?:be with|join|see) (?:him|her|you) (?:again )?(?:soon|shortly|very soon)\b")
# A grave, a memorial, a visit or a time with an end: the living writer's grief, or someone alive.
_NOT_ZH = (r"扫墓|上坟|墓前|坟前|墓地看|清明|烧纸|追思|纪念|说说话|聊聊|吃饭|过年|过节|这周末|周末|几天|住院|医院|看看他|看看她|在心里|梦里"
           r"|\b(?:grave|cemetery|memorial|funeral|in spirit|in my heart|this weekend|for christmas|in hospital|at the hospital|dream)\b")

FOLLOW_DEAD = (
    Cue("follow_dead", any_of(_zh(), _EN), negatable=True, unless=regex(_NOT_ZH), unless_nearby=True, reach=True),
)

__all__ = ["FOLLOW_DEAD"]
