"""The check-in line (12356) as a safety net under a finality cue (issue 12, net134, docs/safety.md Round 89).

A crisis told as an ending in one short line ("手机以后永远关机了，借呗爱怎么催怎么催", "after tonight none of this will
be my problem", "my last wish is that mum never finds out", "那还有什么意义") reached readers that stirred, and then an
exemption took the line away: a loan matter named beside it (``check_in.only_a_loan_matter``), a message too short for
the net to weigh (``safety.net.too_short``), or no reader at its floor. blind21 (development now) had 10 of 138 crisis
messages with no 12356 anywhere, 7 of them this kind.

The reader here is general on purpose: an ending said as a concept (for good / forever / permanently, a last wish or a
last thanks, after tonight, nothing mattering any more, no longer being here, goodbye for good, what is the point, the
writer's own death as a premise with a near date), in zh and en, on the writer's own message, earns the check-in line
whatever exemption applied, unless the message gives the ending a plain reading: a loan paid off, a number changed or
a move (anywhere in the message), an everyday word in the ending's own clause (work, a company, an app, a weekend, a
trip: mend151, review145, a word in another clause no longer hides "工作的事交代完了，最后跟你说声谢谢吧"), someone else's
last wish, or another person's death. It never raises the crisis reply: a false positive costs one caring line, a miss
costs the number.
"""

from __future__ import annotations

import re

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
    r"|(就|都|也|全)(无所谓|不重要)了|^\W*无所谓了|((?<![^\W了])(那|这样)?|活着|活下去|人生|生活)(还有|又有)什么意义(呢|啊|了)?\W*$|(活着|人生|一切|都)\S{0,3}没(有)?(什么)?意义"
    r"|没什么(可|能)(失去|留恋)|(今天|今晚)为止(了|吧)?\W*$|(就)?(这样|到这)(吧|了)?(结束|为止)(吧|了)?\W*$|不会再有(以后|下个月|明天|下次)"
    r"|等不到(下个月|明天|那天)|不会再在(这(里|儿|个世界)|世上|世界上|人间|了)|我(已经|就|也)?不在了|离开这个世界|下辈子再(还|见)|解脱了?"
    r"|(还|继续)?(撑着|活着|熬着)(干嘛|干什么|有什么用)|(想|要|去|准备|打算)(zs|qs)(?![a-z])"
    # en: off, gone or silent for good (forever, permanently, never coming back); a last wish, request or goodbye; nothing
    # mattering after tonight; no longer being here; "what's the point" said alone; nothing left to lose; the end of the
    # writer. Not "last night" (yesterday), "last time I was late", "credit ruined forever?" (a consequence asked).
    r"|\b(off|gone|leaving|disappear\w*|sleep|silent|quiet|offline|dark|goodbye|away) (forever|for good|permanently)\b|\bnever coming back\b"
    r"|\blast (wish|request|goodbye|words|thing before i go)\b|\bmy last message\b"
    r"|\bafter (tonight|tomorrow)\b.{0,40}\b(nothing|none|wont|will not|doesnt|never|gone|matters?|problem|anymore|any more)\b"
    r"|\b(nothing|none of (it|this)) (else )?(matters?|will matter)\b(?! (more|as much) than| if i (pay|repay))(?!.{0,20}\bexcept\b)"
    r"|\b(wont|will not|doesnt) matter (soon|anymore|any more|after (tonight|tomorrow|today|this|im|i)|by (tonight|tomorrow|then))\b|\bno longer (be |going to be )?(here|around|a burden)\b"
    r"|\b(wont|will not) be (here|around)\b(?! (next|this|for|until|tomorrow|on)\b)|\b(once|when|after) im gone\b(?! (overseas|abroad|to|for)\b)|^\W*(so |then )?whats the point\W*$|\bwhy (keep|go on|bother) (going|living|trying)?\W*$"
    r"|\bnothing (left )?to lose\b(?! by \w+ing)|\b(thats|its) (it|over|the end) for me\b(?! with)|\bthis is where it ends\b|\bdone with (living|life)\b")

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

# A plain reading of the whole message, whatever clause it stands in: a loan paid or about to be, a phone or number
# changed, a move away, coming back tomorrow, a thing long past, someone's saying reported. These are strong: the
# ending beside them is a life going on elsewhere.
_PLAIN_WHOLE = regex(
    r"还上|还掉|明天再|拿到(了)?卡|多年前|原地去世|换(了)?(手机|号|卡|绑)|新(手机|号|卡)|搬(家|去|到)|调(去|到)|外地|定居|出国|国外|移民|回老家"
    r"|\b(moving|move to|relocat\w*|transferred|emigrat\w*|abroad|new (phone|number|card)|switch\w*|come back tomorrow|(ill|i will) be back"
    r"|instalment paid|final (instalment|payment)|years ago|(keeps|always) say\w*)\b")
# An everyday word that gives the ending a plain reading only where it stands in the ending's own clause (mend151,
# review145): "手机周末关机两天" is a weekend, but in "这周末出去旅游，然后永远解脱" the weekend is one clause and the
# release another; "工作的事交代完了，最后跟你说声谢谢吧" thanks for good, the work was only settled first. Work and
# company, a plan or a trip, the salary, a game, a vow to stop borrowing, an app uninstalled, a product that can no
# longer be used, a record or a code asked about, a priority ("except", "除了"). The English words are bounded by
# letters, not \b, so "借呗app" reads as "借呗 app".
_PLAIN_CLAUSE = regex(
    r"同事|公司|上班|工作|入职|离职|辞职|跳槽|加班|项目|结婚|毕业|宿舍|退休|感情|分手|新(工作|生活)|(?<!本)周末(?!前|之前)|假期|国庆|旅游|出差"
    r"|爬山|露营|发工资|年终奖|游戏|再也不(借|碰|用|敢)|不再借|存钱|除了|办了|(不能|无法|不可以)(再)?(使用|用|开通|借)|停用|卸载|戒掉"
    r"|(再见|告别|永别)了?(借呗|花呗|网贷|月光)|记录|征信|验证码"
    r"|(?<![a-z])(colleagues?|coworkers?|company|work|job|office|project|overtime|country|city|married|wedding|graduat\w*|dorm|retir\w*"
    r"|new (job|life)|(?<!before the )weekend|holiday|vacation|trip|camping|salary|bonus|borrow\w*|lending|closing|close|closed"
    r"|uninstall\w*|apps?|account|membership|gym|game|except|ex|relationship|record|overdue mark|(goodbye|farewell|bye) (to )?(jiebei|huabei|loans?|debt))(?![a-z])")
# A clause ends at punctuation (full-width marks are half-width after NFKC, except 。、).
_CLAUSE_END = regex(r"[,.;:!?。、\n…~]")
# Someone else's last wish told ("奶奶的遗愿", "我爸的遗愿", "my friend's last wish"): a wish of theirs, not the writer's.
_OTHERS_WISH = regex(r"(奶奶|爷爷|外婆|外公|姥姥|姥爷|舅舅|叔叔|伯伯|姑姑|阿姨|父亲|母亲|爸|妈|亲戚|朋友|同事|老人|他|她)(爸|妈)?(的|生前)\S{0,4}$"
                     r"|\b(grand\w*|granny|nan|uncle|aunt|fathers?|mothers?|dads?|mums?|moms?|friends?|his|her|their"
                     r"|(?!(this|was|has|does|yes|its|is|as|us)\b)[a-z]+s)( dying| final)? $")
# A last wish or request that is an ordinary question about the account ("最后一个请求：能不能帮我查一下还款日",
# "last request: can you show me the repayment schedule", "最后的愿望是额度恢复哈哈").
_ACCOUNT_ASKED = regex(r"还款日|额度|账单|查(一下|询)|哈哈|人工|客服|\b(repayment|schedule|statement|limit|lol|haha)\b")
# "无所谓了" inside a condition or beside a loan question ("利息多少都无所谓了，只要能分期就行", "是真的吗").
_LOAN_ASKED = regex(r"可以吗|行吗|是真的吗|是不是真的|只要\S{0,10}就(行|好|可以)|先问问|怎么算|先还一部分")
# A question after "after tonight/tomorrow" whose word is only a fee's or a rule's (problem, never, won't).
_WEAK_AFTER = regex(r"(problem|never|wont|will not|doesnt)$")
# (the same searches, skipped where they cannot match: most messages hold no finality word; speed only)
_GUARDED_ENDING, _GUARDED_PREMISE = Guarded(_ENDING), Guarded(_DEATH_PREMISE)


def final_check_in(question: str) -> bool:
    """Whether the message says an ending of the writer's (_ENDING) that no plain reading answers, or the writer's own
    death as a premise with a near date (_DEATH_PREMISE, _NEAR) and no plain reading anywhere in it (a loan paid, a
    future planned, another's death): the check-in line with 12356, never the crisis reply (module docstring)."""
    text = simplified_words(question).lower()
    ending = _GUARDED_ENDING.search(text) is not None
    premise = not ending and _GUARDED_PREMISE.search(text) is not None and _NEAR.search(text) is not None
    if not (ending or premise) or PAID.search(text) or _PLAIN_WHOLE.search(text):
        return False
    if premise:
        return not (_PLAIN_CLAUSE.search(text) or _OTHERS_DEATH.search(text))
    return any(_unanswered(text, found) for found in _ENDING.finditer(text))


def _unanswered(text: str, found: re.Match[str]) -> bool:
    """Whether one ending found keeps no plain reading: none of the everyday words in its own clause (mend151: a
    word in another clause of the message no longer switches the net off), and not someone else's last wish, a last
    request that asks about the account, "无所谓了" beside a loan question or "after tonight" in a fee's question."""
    start, end = found.span()
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_END.search(text, end)
    clause_end = stop.start() if stop else len(text)
    if _PLAIN_CLAUSE.search(text[begin:clause_end]):
        return False
    said = found.group()
    if ("愿" in said or "请求" in said or "wish" in said or "request" in said) and (
            _OTHERS_WISH.search(text[begin:start]) or _ACCOUNT_ASKED.search(text, end)):
        return False
    if ("无所谓" in said or "不重要" in said) and _LOAN_ASKED.search(text):
        return False
    return not (said.startswith("after") and _WEAK_AFTER.search(said) and "?" in text[end:])
