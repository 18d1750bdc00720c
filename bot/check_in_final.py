"""The check-in line (12356) as a safety net under a finality cue (issue 12, net134, docs/safety.md Round 89).

A crisis told as an ending in one short line ("手机以后永远关机了，借呗爱怎么催怎么催", "after tonight none of this will
be my problem", "my last wish is that mum never finds out", "那还有什么意义") reached readers that stirred, and then an
exemption took the line away: a loan matter named beside it (``check_in.only_a_loan_matter``), a message too short for
the net to weigh (``safety.net.too_short``), or no reader at its floor. blind21 (development now) had 10 of 138 crisis
messages with no 12356 anywhere, 7 of them this kind.

The reader here is general on purpose: an ending said as a concept (for good / forever / permanently, a last wish or a
last thanks, after tonight, nothing mattering any more, no longer being here, goodbye for good, what is the point, the
writer's own death as a premise with a near date), in zh and en, on the writer's own message, earns the check-in line
whatever exemption applied, unless the message gives the ending a plain reading: a loan paid off, a future the writer
plans (a new job, a move, a wedding, a trip, the salary next month), or another person's death. It never raises the
crisis reply: a false positive costs one caring line, a miss costs the number.
"""

from __future__ import annotations

from .check_in import PAID
from .patterns import Guarded, regex
from .text import simplified_words

# An ending said as a concept, of the writer or the writer's reach (a phone, an account, a life), not of a product's
# use or a loan's cost. zh: gone, off or silent for good (永远/永久/再也不 with what is switched off or left), a last wish
# or a last thanks or goodbye, nothing mattering after tonight, no meaning left in living or "what is the point" said
# alone, nothing left to lose, the end reached today, no next month, being no longer here, release (解脱), paying in
# the next life. Not "永远不能用花呗" (a product's state asked), "最后一次还款" (the last instalment), "过了今晚就算逾期
# 吗" (a deadline), "没有什么比孩子更重要" (a priority), "下辈子做牛做马报答你" (a thanks).
_ENDING = regex(
    r"(永远|永久|再也不)(地)?(关机|停机|消失|离开|不(会)?(开机|再开|开|回来|回|醒|出现|联系|接|用还|需要还)|睡|安静|闭上)|永远(地)?(走|告别|再见|解脱)|永别|诀别"
    r"|遗愿|最后(的|一个|一件|一点)?(心愿|愿望|请求)|最后(跟|和|对|给)?(你|大家|你们)?(说)?(一声|声)?(谢谢|再见|告别|道别)"
    r"|(过了今晚|今晚(以后|之后|过后)|明天(以后|之后|过后))\S{0,10}(无所谓|不重要|没关系|不用(再)?(还|管|操心)|解脱|再也|永远|结束|不会再|不在)"
    r"|(就|都|也|全)(无所谓|不重要)了|^\W*无所谓了|(那|这样)?(还有|又有)什么意义(呢|啊|了)?\W*$|(活着|人生|一切|都)\S{0,3}没(有)?(什么)?意义"
    r"|没什么(可|能)(失去|留恋)|(今天|今晚)为止(了|吧)?\W*$|(就)?(这样|到这)(吧|了)?(结束|为止)(吧|了)?\W*$|不会再有(以后|下个月|明天|下次)"
    r"|等不到(下个月|明天|那天)|不会再在|我(已经|就|也)?不在了|离开这个世界|下辈子再(还|见)|解脱了?"
    r"|(还|继续)?(撑着|活着|熬着)(干嘛|干什么|有什么用)|(想|要|去|准备|打算)(zs|qs)(?![a-z])"
    # en: off, gone or silent for good (forever, permanently, never coming back); a last wish, request or goodbye; nothing
    # mattering after tonight; no longer being here; "what's the point" said alone; nothing left to lose; the end of the
    # writer. Not "last night" (yesterday), "last time I was late", "credit ruined forever?" (a consequence asked).
    r"|\b(off|gone|leaving|disappear\w*|sleep|silent|quiet|offline|dark|goodbye|away) (forever|for good|permanently)\b|\bnever coming back\b"
    r"|\blast (wish|request|goodbye|words|thing before i go)\b|\bmy last message\b"
    r"|\bafter (tonight|tomorrow)\b.{0,40}\b(nothing|none|wont|will not|doesnt|never|gone|matters?|problem|anymore|any more)\b"
    r"|\b(nothing|none of (it|this)) (else )?(matters?|will matter)\b(?! (more|as much) than)(?!.{0,20}\bexcept\b)"
    r"|\b(wont|will not|doesnt) matter (soon|anymore|any more|after|by)\b|\bno longer (be |going to be )?(here|around|a burden)\b"
    r"|\b(wont|will not) be (here|around)\b(?! (next|this|for|until|tomorrow|on)\b)|\b(once|when|after) im gone\b|^\W*(so |then )?whats the point\W*$|\bwhy (keep|go on|bother) (going|living|trying)?\W*$"
    r"|\bnothing (left )?to lose\b|\b(thats|its) (it|over|the end) for me\b|\bthis is where it ends\b|\bdone with (living|life)\b")

# The writer's own death as a premise, asked calmly (the parents' liability, a body or organ donation): a line when a
# near date presses it (this week, within days, before Friday) or the writer says it of themselves. A premise is a
# condition or an "after": "爷爷今天去世了" is a death told, someone else's.
_DEATH_PREMISE = regex(r"(如果|要是|假如|万一|一旦)\S{0,10}(身故|去世|死|走了|不在)|(身故|去世|死了|死掉|走了|不在了)(以|之)?后|遗体|器官捐"
                       r"|我(走|死|没)了(以后|之后)?|我要是(走|死|没)了"
                       r"|\b(if|when|once) (i|a borrower|the borrower) (die|dies|pass away|passes away)\b|\bbody donation\b|\borgan donor\b")
_NEAR = regex(r"这周|本周|周末前|下周之前|几天(之)?内|之内|尽快|最快|马上|今天|今晚|明天"
              r"|\b(this week|within (days|a week|the week)|before (friday|monday|the weekend|sunday)|asap|today|tonight|quickly|soon)\b"
              r"|\bmyself\b")
# Someone else's death (a grandmother's debt, a late uncle's affairs): no premise of the writer's own.
_OTHERS_DEATH = regex(r"(奶奶|爷爷|外婆|外公|姥姥|姥爷|舅舅|叔叔|伯伯|姑姑|阿姨|父亲|母亲|爸|妈|亲戚|朋友|同事|他|她|老人|猫|狗)\S{0,8}(去世|身故|过世|走了|死了)"
                      r"|\b(late|deceased)\b|\b(grand\w+|uncle|aunt|father|mother|dad|mum|mom|friend|he|she|someone) (has )?(passed|died|dies)\b")

# A plain reading of the ending: a future the writer plans (work, a move, a wedding, a trip, a new phone or number,
# the next salary, coming back tomorrow), a loan paid or about to be, a vow to stop borrowing or a goodbye to the app,
# a thing ended rather than a life (a membership, a game, a relationship), a priority ("except", "除了").
_CONTINUING = regex(
    r"同事|公司|上班|工作|入职|离职|辞职|跳槽|加班|项目|搬(家|去|到)|调(去|到)|外地|定居|出国|国外|移民|回老家|结婚|毕业|宿舍|退休|感情|分手"
    r"|换(了)?(手机|号|卡|绑)|新(手机|号|卡|工作|生活)|(?<!本)周末(?!前|之前)|假期|国庆|旅游|出差|爬山|露营|发工资|年终奖|游戏|再也不(借|碰|用|敢)|不再借|存钱|除了"
    r"|还上|还掉|明天再|办了|拿到(了)?卡|多年前|原地去世|(不能|无法|不可以)(再)?(使用|用|开通|借)|停用|卸载|戒掉|(再见|告别|永别)了?(借呗|花呗|网贷|月光)"
    r"|\b(colleagues?|coworkers?|company|work|job|office|project|overtime|moving|move to|relocat\w*|transferred|emigrat\w*|abroad|country|city"
    r"|married|wedding|graduat\w*|dorm|retir\w*|new (phone|number|card|job|life)|switch\w*|(?<!before the )weekend|holiday|vacation|trip|camping|salary|bonus"
    r"|instalment paid|final (instalment|payment)|borrow\w*|lending|closing|close|closed|uninstall\w*|apps?|account|membership|gym|game"
    r"|except|years ago|(keeps|always) say\w*|come back tomorrow|be back|ex|relationship|(goodbye|farewell|bye) (to )?(jiebei|huabei|loans?|debt))\b")
# (the same searches, skipped where they cannot match: most messages hold no finality word; speed only)
_GUARDED_ENDING, _GUARDED_PREMISE = Guarded(_ENDING), Guarded(_DEATH_PREMISE)


def final_check_in(question: str) -> bool:
    """Whether the message says an ending of the writer's (_ENDING), or the writer's own death as a premise with a
    near date (_DEATH_PREMISE, _NEAR), and gives it no plain reading (a loan paid, a future planned, another's death):
    the check-in line with 12356, never the crisis reply (module docstring)."""
    text = simplified_words(question).lower()
    ending = _GUARDED_ENDING.search(text) is not None
    premise = not ending and _GUARDED_PREMISE.search(text) is not None and _NEAR.search(text) is not None
    if not (ending or premise):
        return False
    return not (PAID.search(text) or _CONTINUING.search(text) or (premise and _OTHERS_DEATH.search(text)))
