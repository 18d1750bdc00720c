"""Crises told in veiled words (safe31, issue 12 round 23): an independent set still missed crisis messages
that name no method and no death outright, which got the check-in line (12356) but not the crisis reply:

- **Death weighed against the debt or for the family**: the writer's own going (我一走, 没有我, "with me out of
  the picture", "if I weren't around") with the debt cleared or the family spared ("欠款自然就清了", "孩子就不用
  背这个债了", "would my wife still have to pay", "the collectors would leave my family alone"), and a death asked
  about with the intent said after it ("asking because I'm thinking of making that happen"). Not a relative's
  death nor the borrower in the third person ("if a borrower dies, do the heirs pay?").
- **Veiled farewells and preparations**: things given away with no use for them later (反正以后也用不上了, "I won't
  need them where I'm going"), all of one's things given away, messages set to be sent later with an after
  (到时候他们就明白了, "by then it won't matter"), a last time talking to anyone, a pet rehomed with everything
  settled. Not a move, a trip, clothes outgrown, a birthday greeting scheduled, a complaint about a service.
- **A past attempt coming back**: wanting it "like last time" with nothing else named, the thought that once came
  back (那个念头又来了), not being saved this time, "before my last attempt", the thoughts that put one in hospital
  back again. Not "last time I was late they called" nor an instalment plan agreed "like last time".
- **Pills or cutting told without a method word**: how many it takes not to wake, a bottle to be swallowed whole
  tonight, pills counted to enough, new cuts or deeper ones, a blade taken out again, a bath with a blade beside
  it. Not pills for an ache, a razor for shaving, a cut while cooking, a bath before bed.

Each cue names the everyday reading it leaves alone, in its own window (``unless_nearby``), and a cancelled match
sets aside only that window (``aside_nearby``), so the readers that lean still read the rest of the message.
"""

from __future__ import annotations

from ..patterns import regex
from ..records import replace
from .clauses import any_of
from .cue import Cue
from .scenes import KIN_DIED_EN, KIN_DIED_ZH

# An everyday reason told beside a cue is read in the sentence that holds it (cue.Cue.reach: "那个念头又来了，想把借呗全部
# 还了"), never in another sentence. Weak cues (a last time here with thanks, no use for things given away, a message
# scheduled "by then they'll know") read theirs in the whole message instead; the writer's own death asked about
# calmly reads "just doing estate planning" in the whole message too (safe34).

# --- Death weighed against the debt or for the family --------------------------------------------------------
# The writer's own going: 我一走, 我没了, 我不在了, 我消失, 没有我 (not 没有我的同意), 少了我.
_SELF_GONE_ZH = (r"(我|自己)(要是|如果|假如|万一|哪天|真的|只要)*(一走|一死|没了|死了|死掉|不在了|消失(了)?|离开这个世界|走了(以后|之后)|走后|死后)"
                 r"|(没(有)?了?我|少了我)(这个人|一个)?(?=\s|$|以后|之后|的话|他们|家里|孩子|爸妈|大家)")
# A person gone with no subject (人没了账也就平了): the writer's going only where no one else is named as the one who
# died anywhere in the message ("我爸去年走了…人没了账也就平了吧" is a bereaved child asking; safe34).
_PERSON_GONE_ZH = r"(?<![借欠款])人(都)?没了"
_OTHER_DIED_ZH = regex(KIN_DIED_ZH + r"|(他|她|借款人|老人|亲人|家人)\S{0,4}(走了|去世|过世|死了|没了|病逝|离世)|(他|她)(生前|留下)|替(他|她)还")
# ...and the debt cleared or the family spared by it.
_SPARED_ZH = (r"(债|欠款|欠的钱|网贷|借呗|花呗|贷款|这笔钱|这些钱|账)\S{0,6}(就|也|自然|都|是不是|会不会)*(清了|平了|没了|消了|勾销|清零|不用还|一笔勾销|了结|跟着\S{0,2}(没|走|消))"
              r"|少(了)?一(笔|份)(债|负担)|(孩子|家里|家人|爸妈|父母|老婆|老公|女儿|儿子|他们|我妈|我爸)\S{0,6}(就|也|都)?(不用|不必|不会)(再)?(跟着)?(受苦|还|背|被催|被骚扰|操心|担心|替我)")
_SELF_GONE_EN = (r"\b((if|when|once|after) (im|i am|i was|i were) (dead|gone|not (here|around)|no longer (here|around)|out of the picture)"
                 r"|(if|when|once) i (die|died|were gone|was gone|werent (here|around)|wasnt (here|around)|disappear\w*|stop(ped)? existing)|(if|when|once) i go(?= (does|do|will|would|then|is|can)\b)"
                 r"|with me (gone|dead|out of the (picture|way))|without me (here|around))\b")
_SPARED_EN = (r"\b((debts?|loans?|what i owe|it all|the money)\b.{0,30}\b(go(es)? away|die(s)? with me|disappear\w*|cancel\w*|forgiven|wiped|written off|cleared|vanish\w*)"
              r"|(stop|stops|end|ends|die|dies) with me|off the hook|free of (it|this|the debt|my debts?|the loans?)|(still )?(have|need) to (pay|repay|cover)|inherit\w*|leave (my \w+|them|her|him) alone)\b")
_CALM_REASON_EN = r"\b(estate planning|planning ahead|plan ahead|(making|writing|updating|drawing up) (a |my )?will|just (curious|wondering|asking|checking))\b"
# A death asked about beside the debt, the writer's intent said in a clause of its own ("…when the borrower dies?
# Asking because I'm thinking of making that happen"): the clause is read only beside a death and a debt.
_INTENT_AFTER_EN = (r"\b(im|i am|ive been) (seriously |actually |really )?(thinking|considering|planning) (of|about|on)? ?(making|doing) (that|it|this) happen\b"
                    r"|\b(im|i am|ive been) (seriously |actually |really )?(considering|thinking about|planning) (it|that|this|doing (it|that|this))\W*$")
_DEATH_AND_DEBT_EN = regex(r"\b(die|dies|died|dead|death|pass(es)? away)\b.{0,80}\b(debts?|loans?|owe|jiebei|huabei)\b|\b(debts?|loans?|owe|jiebei|huabei)\b.{0,80}\b(die|dies|died|dead|death|pass(es)? away)\b")

# --- Veiled farewells and preparations --------------------------------------------------------------------------
_GIVEN_ZH = r"送(给|掉|走|出去|人|完|光)|分(给|完|掉|光)了|给了|挂(了)?闲鱼|转(给|送)|留给"
_NO_USE_ZH = r"(反正|以后|之后|今后|往后)\S{0,3}(也|都|再)?(用不上|用不着|不需要|不用|没用)了"
# Everyday reasons for giving things away: a move, a trip, outgrown or spare things, a new one bought, tidying.
_GIVING_EVERYDAY_ZH = regex(r"搬家|搬走|搬去|出国|出差|回老家|旅游|毕业|穿不下|小了|旧了|不穿|闲置|多余|换新|买了新|断舍离|整理|孩子大了|卖了?钱|还钱|还款|还借呗|凑")
_GIVING_EVERYDAY_EN = regex(r"\b(mov(e|ed|ing)|relocat\w*|trip|travel\w*|abroad|declutter\w*|minimalis\w*|downsiz\w*|graduat\w*|outgrown|dont fit"
                            r"|new (one|phone|laptop|bike)|upgrad\w*|sell\w*|sold|spring clean\w*|konmari|repay\w*|pay (it|off|back))\b")
_SCHEDULED_ZH = r"定时|延时|(设置|设定|设)(好|了)?\S{0,6}(发送|发出|自动发|分享|推送)|自动(发|发送|分享)|(三|几|两|一)天(后|以后)再(送|发|寄)"
_AFTER_ZH = (r"(到时候|那时候|(看到|收到)(的时候|时)|等(他们|她|他|你们|大家)(看到|收到))\S{0,6}(我|他们|她|他|你们|大家)?(应该|就|已经|早就|都|会|自然)*"
             r"(知道|明白|懂|理解)(了|的)?(?=\s|$)|(到时候|那时候|(看到|收到)(的时候|时))\S{0,4}我(应该|已经|早就|都)*(走了|走远|不在|睡着|解脱|不用再)")
_SCHEDULED_EN = r"\b(schedul\w*|on a timer|set (a |it on a )?timer|set (them|it|the \w+) to (send|go out|post|publish)|delayed send|timed (post|email|message))\b"
_AFTER_EN = (r"\b(by then|by the time (they|you|anyone|she|he) (read|see|get)s?|after im gone|when im gone|(it|nothing) (wont|will not) matter|"
             r"it(ll| will) (all )?be (over|done)|ill (already )?be gone|they(ll| will) (know|understand)|i (wont|will not) be (here|there|around))\b")
_SEND_LATER_EN = (r"\b(emails?|messages?|letters?|posts?|videos?|texts?|notes?)\b.{0,30}\b(goes|go|will go|gets sent|will be sent|sends|will send) (out )?"
                  r"(next|on|in|at|after|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|later)\b")
# What a scheduled message is about, read anywhere in the message: a greeting, a reminder, a shop's opening.
_GREETING = regex(r"生日|纪念日|祝福|提醒|闹钟|新年|节日|开业|新店|上线|发布会|活动"
                  r"|\b(birthday|anniversary|reminder|greeting|congrat\w*|wedding|christmas|launch\w*|shop|store|opening)\b")
# Money or the lender between the schedule and "by then" ("定时短信，下周一自动发给催收，说明我的还款计划，到时候他们就
# 知道了", "a scheduled transfer to pay Jiebei on Friday, by then they'll know"): a message about the debt. Read only
# there: the debt named elsewhere in the message is what every message here names (review44: "设了几条定时短信，到那时候
# 他们就都知道了。催收今天又打电话来了" had lost its crisis reply).
_MONEY_ZH = r"还款|还钱|协商|催收|转账|扣款|房东|房租"
_MONEY_EN = r"\b(payments?|autopay|pay(ing)?|paid|transfer\w*|repay\w*|collect\w*|landlord|rent)\b"
# A complaint about a service is no farewell ("最后一次跟你们客服聊了，太差了", "last time I'm talking to this useless bot").
_SERVICE = regex(r"客服|投诉|差评|机器人|垃圾|不好用|没用的|人工|\b(customer service|support|bot|app|useless|complain\w*|worst|rude)\b")

# --- A past attempt coming back ---------------------------------------------------------------------------------
_PAST_ZH = r"(上次|上回|那次|去年|前年|以前|那时候|当时)"
_PAST_EN = r"\b(my|the|a|an|one) ((last|previous|first|earlier|past|second|failed) )?(suicide )?attempt\b(?! (to|at|of|on|in|was made)\b)"
_LOAN_ZH = regex(r"申请|分期|延期|协商|还款|还钱|还清|还上|还完|还了|上岸|逾期|借呗|花呗|网贷|催收|打电话|联系|征信|额度|利息")

# --- Pills or cutting without a method word ---------------------------------------------------------------------
_BODY_ZH = r"胳膊|手臂|手腕|大腿|腿上|手上|身上|小臂"
_ACCIDENT_ZH = regex(r"不小心|干活|铁皮|纸|猫|狗|摔|切菜|做饭|做菜|厨房|烫的|烫伤|烧伤|切的|切到|被\S{0,4}(划|割)|工地|玻璃碎|刮胡子|剃须|刮毛|修眉")
_ACCIDENT_EN = regex(r"\b(shav\w*|beard|legs|chopping|cooking|kitchen|accident\w*|by mistake|paper|cat|dog|fell|haircut|hair|cake|onions?)\b")

_VEILED = (
    # Death weighed against the debt or for the family (zh and en); not a relative's death.
    Cue("death_reasoning", any_of(rf"({_SELF_GONE_ZH}).{{0,20}}({_SPARED_ZH})", rf"({_SPARED_ZH}).{{0,12}}({_SELF_GONE_ZH})"),
        # (a relative's death read in the window alone: "我爸去年走了。我要是没了，账也就平了吧" is the writer's own going)
        near=regex(KIN_DIED_ZH), unless=regex(r"出国|出差|打工|上班|外地|搬家|回老家|旅游|留学|当兵|离职|辞职|换工作"), unless_nearby=True, reach=True),
    Cue("death_reasoning", any_of(rf"({_PERSON_GONE_ZH}).{{0,20}}({_SPARED_ZH})", rf"({_SPARED_ZH}).{{0,12}}({_PERSON_GONE_ZH})"),
        unless=_OTHER_DIED_ZH),
    Cue("death_reasoning", any_of(rf"{_SELF_GONE_EN}.{{0,60}}{_SPARED_EN}", rf"{_SPARED_EN}.{{0,40}}{_SELF_GONE_EN}"),
        near=regex(KIN_DIED_EN), unless=regex(r"\b(trip|travel\w*|abroad|holiday|vacation|moving|hospital stay|surgery)\b"), unless_nearby=True, reach=True,
        # (a calm reason for asking, anywhere in the message, leaves the writer's own death as an estate question:
        # "If I die, would my wife still have to pay? Just doing estate planning." gets the answer with the check-in
        # line; intent or hopelessness told beside it is read by the other cues, which this never clears)
        requires=regex(rf"^(?!.*{_CALM_REASON_EN})")),
    Cue("death_reasoning", any_of(_INTENT_AFTER_EN), unless=regex(KIN_DIED_EN), requires=_DEATH_AND_DEBT_EN),
    # ...or the children spared by it, beside a death and a debt ("…dies with the borrower? My kids deserve to start clean").
    Cue("death_reasoning", any_of(r"\b(my )?(kids|children|son|daughter|family|wife|husband|parents)\b (deserve|should|would|could|will) (get )?(to )?(start (over|clean|fresh|again)|be free|a fresh start|a clean slate|be debt.?free|owe nothing)\b"),
        unless=regex(KIN_DIED_EN), requires=_DEATH_AND_DEBT_EN),
    # Those left said to be fine on the payout ("my wife would be fine with the payout"), as "better off with the
    # insurance" is in despair_en.py: not a policy bought or asked about.
    Cue("death_reasoning", any_of(r"\b(would|will|d|could) (all )?(be|manage|get by) (just )?(fine|okay|ok|alright|better( off)?|set|looked after|taken care of|comfortable)? ?(with|on) (the|my) (insurance|payout|policy|life cover|insurance money)\b")),
    # Things given away with no use for them later, or all of them (zh): the reason read anywhere in the message's
    # giving window; the no-use clause may stand two clauses after the giving, so the giving is required anywhere.
    Cue("farewell", any_of(_NO_USE_ZH, r"(东西|家当|物品|能送的|值钱的)\S{0,2}(都|全|全部)(送|分)(完|掉|出去|人|光)?了"),
        # (the giving required in a clause of its own that gives no everyday reason: folded clauses are space-separated)
        # (old things given are tidying: the giving clause must name none, or give savings or money: "我把存款和旧手机都
        # 给了我妹"; the everyday reason read in the sentence, not the whole message: review44)
        unless=_GIVING_EVERYDAY_ZH, unless_nearby=True, reach=True,
        requires=regex(rf"(?:^|\s)(?!\S*({_GIVING_EVERYDAY_ZH.pattern}|(?<![依仍照])旧))\S*({_GIVEN_ZH})|(存款|积蓄|钱|首饰|金\S?|银行卡)\S{{0,8}}({_GIVEN_ZH})")),
    Cue("farewell", any_of(
        r"\b(gave|given|giving|give) away (most|all|almost all|nearly all|everything|the rest)( of)?( my)? ?(things|stuff|belongings|possessions|i own|i have)?\b",
        r"\b(wont|will not|dont|do not) (need|be needing) (it|them|any of (it|them|this|that))( any ?more)? (where im going|after (this|that|friday|tonight|the \w+))\b",
        r"\b(wont|will not) (need|be needing) (it|them|any of (it|them))\b.{0,10}$",
        # ...belongings boxed or labelled for people ("everything I own is boxed up with name tags for my friends")
        r"\b(everything|all) (i own|of my (things|stuff)|my (things|stuff|belongings))\b.{0,30}\b(boxed|packed|labell?ed|name tags|tagged|sorted)\b.{0,30}\bfor (my )?(friends|family|kids|children|sister|brother|parents|mum|mom|dad|people)\b"),
        unless=_GIVING_EVERYDAY_EN, unless_nearby=True, reach=True, requires=regex(r"\b(gave|give|given|giving|handed|donated|own|boxed)\b")),
    # ...with a cover story for it denied or kept ("大家都以为我要搬家，其实不是", "they think I'm being generous").
    Cue("farewell", any_of(r"(都|还|只)?以为我\S{0,10}\s?(其实|但)(我)?(不是|没有|并不是|并没有)"),
        requires=regex(r"送(给|掉|走|出去|人|东西)|分(给|完|掉)|给了\S{0,6}(室友|同学|朋友|表弟|表妹|同事|邻居|弟弟|妹妹)|东西")),
    Cue("farewell", any_of(r"\b(they|people|everyone|she|he|friends) (all )?(think|thinks|assume|assumes|believe|believes) (im|i am) (just )?(being generous|decluttering|moving|having a clear ?out|going away)\b"
                           r"|\b(keep|kept) asking (if|whether) (im|i am) moving\W+(im|i am) not\b"),
        requires=regex(r"\b(gave|give|given|giving|handing|handed) (out|away)\b")),
    # Messages set to be sent later, with what they will say by then (zh and en): not a greeting or a reminder.
    Cue("farewell", any_of(rf"({_SCHEDULED_ZH})(?:(?!{_MONEY_ZH}).){{0,40}}({_AFTER_ZH})", rf"({_SCHEDULED_EN})(?:(?!{_MONEY_EN}).){{0,80}}{_AFTER_EN}"),
        unless=_GREETING),
    # ...the after told a clause or two away from the schedule, which is read beside its own words only.
    Cue("farewell", any_of(_AFTER_ZH), unless=_GREETING,
        requires=regex(rf"({_SCHEDULED_ZH})(?!\S{{0,8}}(生日|纪念日|祝福|提醒|还款|闹钟|新年|节日))(?:(?!{_MONEY_ZH}).){{0,60}}({_AFTER_ZH})")),
    # ...and a message or letter that goes out later with a goodbye in it ("an email that goes out next week… and a goodbye").
    Cue("farewell", any_of(rf"{_SEND_LATER_EN}.{{0,60}}\b(goodbye|farewell|last words|say(ing)? sorry|apolog\w*)\b",
                           r"^\W*(and |with |plus |also )?(a |my )?(goodbye|farewell|last words)( note| letter| message)?\W*$"),
        unless=_GREETING, requires=regex(_SEND_LATER_EN)),
    # A last time talking to anyone (zh and en): not a complaint about a service.
    Cue("farewell", any_of(
        r"最后一次(来这(里|儿)|跟(你们|你|大家|人|谁)(聊|说|讲)|和(你们|你|大家)(聊|说)|找(你们|人)(聊|说)|跟这个世界)",
        r"\b(my|the) last time (ill |i will |im )?(be )?(talking|speaking|talk|speak|writing|write) to (anyone|anybody|you|people|someone)\b(?! (people )?(about|regarding)\b)",
        r"\b(this is|its|this will be) (probably |going to be |gonna be )?(my|the) last (message|words) (ill|i will|youll|you will|anyone will) (ever )?(send|write|say|get|hear|read)\b"),
        # (a loan question asked in the same sentence: "最后一次来这里问，借呗逾期三天会上征信吗")
        unless=regex(_SERVICE.pattern + r"|(借呗|花呗|逾期|征信|利息|额度|罚息|分期)\S{0,12}(吗|么|呢|多少|几天)|解决|搞定|还清|结清|换号|注销|换平台|\b(stop calling|sorted|solved|paid|pay(ing)? (it )?off|repaid)\b"),
        unless_nearby=True, reach=True),
    # ...said with thanks or a farewell ("最后一次来这里问了，逾期了会上门吗？谢谢你这段时间陪着我，以后不会再麻烦任何人了":
    # the loan question beside it does not clear it; review44), unless the matter is settled.
    Cue("farewell", any_of(r"最后一次(来这(里|儿)|跟(你们|你|大家|人|谁)(聊|说|讲)|和(你们|你|大家)(聊|说)|找(你们|人)(聊|说))"
),
        unless=regex(_SERVICE.pattern + r"|解决|搞定|还清|结清|换号|注销|换平台"), unless_nearby=True, reach=True,
        requires=regex(r"谢谢|感谢|再见|永别|保重|不会再麻烦|不再麻烦|对不起")),
    # ...my messages never seen again (以后你们就不会再见到我的消息了); nobody knowing it was the last (a last coffee with each
    # friend, "none of them know it was the last"); passwords sent with "she'll know when to use them".
    Cue("farewell", any_of(r"(以后|从此|再也|今后)\S{0,6}(不会)?(再)?(见到|看到|收到|听到)我的(消息|留言|信息|声音)(了)?(?=\s|$)",
                           r"(他们|她|他|大家|谁)(都)?不知道(那|这)(是|会是)(最后一(顿|次|面|回))",
                           r"\b(none of them|nobody|no one|they dont|she doesnt|he doesnt)\b (know|knows|knew|realis\w*|realiz\w*) (it was|its|this was|that was|it will be) (the |my )?last( time| goodbye| one)?\W*$",
                           r"\b(passwords?|logins?|pins?|bank details)\b.{0,60}\b(know when|when the time comes|(she|he|they|you)(d|ll| would| will) know (what to do|when))\b"),
        unless=regex(r"解决|搞定|明白了|还清|注销|换号|新公司|离职|毕业|\b(new job|moving|holiday|trip|travel\w*|sale|shift|season|episode)\b"), unless_nearby=True,
        reach=True),
    Cue("farewell", any_of(r"\b(my )?last time (ill be |im |i will be )?(on|in|here|using|talking)\b.{0,50}\bthank(s| you)\b"),
        unless=regex(r"\b(switch\w*|bank loan|paid|pay(ing)? (it )?off|clos(e|ed|ing)|uninstall\w*|delet\w*|moving|another app|new app|repaid)\b")),
    # A pet rehomed with everything settled (en; 猫狗送走 with 以后… is in acts.py).
    Cue("farewell", any_of(
        r"\b(rehom\w*|found (a )?new (home|owner|family)s? for|gave (away )?my (dog|cat|pets?))\b.{0,80}"
        r"\b(taken care of everything|sorted everything|nothing (left|else) to (sort|do|arrange)|everything (is )?(sorted|in order|taken care of)"
        r"|(wont|will not) be (able to|around|here)|for good|it isnt|(shes|hes|its) not coming back)\b"),
        unless=regex(r"\b(mov(e|ed|ing)|travel\w*|trip|allerg\w*|landlord|new job|abroad|baby|hospital|surgery|rental)\b"), unless_nearby=True, reach=True),
    # A past attempt coming back (zh): wanting it like last time with nothing else named; the thought that came back;
    # not being saved or found this time; last time nearly done.
    Cue("self_harm", any_of(
        rf"(又|还|再)想(再)?(像|跟){_PAST_ZH}(那样|一样)(了)?(?=\s|$)",
        r"这次\S{0,6}(不会|不想|不要|别|不能)(再)?\S{0,8}(被(救|拦|发现)|被送(进|到|去)?(医院|急诊)|让(他们|人|任何人|谁|家里人|家人|室友|我妈|我爸)?\S{0,2}(发现|救|拦))(了)?(回来|过来|下来)?(了)?(?=\s|$)",
        rf"{_PAST_ZH}\S{{0,4}}差(一)?点(就)?(成了|成功了|死了|没命了|走了)(?=\s|$)",
        rf"(像|跟){_PAST_ZH}(那样|一样)\S{{0,3}}(再|又)(被)?(送进|进)(了)?(医院|急诊|抢救室|icu|ICU)"),
        # (the thought named in the clause after it, and not a death: "那种想法又来了，想换个工作")
        unless=regex(_LOAN_ZH.pattern + r"|又(来了|回来了|冒出来|出现了?|开始了?)\s+(就是)?想(要)?(?!死|自杀|结束|离开|走|解脱|了结|一了百了|跳|割|吃药|不活)"),
        unless_nearby=True, reach=True),
    # ...the thought that came back: read as the writer's unless the thought is named right after it ("那种想法又来了，想
    # 换个工作"); lateness told before it is the reason it came back, not its content (review44: "现在又逾期了，那种想法
    # 又回来了" had lost its crisis reply to the loan words in its sentence).
    Cue("self_harm", any_of(rf"(那个|那种|{_PAST_ZH}的)(念头|想法|冲动)\S{{0,3}}又(来了|回来了|冒出来|出现|开始)"),
        unless=regex(r"又(来了|回来了|冒出来|出现了?|开始了?)\s+(就是)?想(要)?(?!死|自杀|结束|离开|走|解脱|了结|一了百了|跳|割|吃药|不活)"),
        unless_nearby=True, reach=True),
    # ...not failing like last time, found too soon last time, not to mess it up a second time.
    Cue("self_harm", any_of(
        r"(不会|不能|别|不要)(再)?(像|跟)(上次|上回|那次|去年)(那样|一样)(失败|失手|被救|没成|被发现)",
        r"(救护车|他们|室友|家里人|我妈)\S{0,2}(来得|发现得|到得)(太)?(快|早|及时)了",
        r"\b(ambulance|paramedics|they|someone|my (roommate|flatmate|mum|mom|sister|brother)|she|he) (came|arrived|got (there|here)|found me) too (fast|quickly|soon|early)\b",
        r"\b(wouldnt|wont|would not|will not|dont think id|not going to|i wont) (mess|screw|botch|fail)\w* (it )?(up )?(a second time|again|this time)\b"),
        unless=regex(_LOAN_ZH.pattern + r"|考试|面试|创业|项目|比赛|\b(exam|interview|test|payment|application|layoffs?|job)\b"), unless_nearby=True, reach=True,
        requires=regex(r"上次|上回|那次|去年|\b(survived (it|that)|tried|attempt\w*|last time|woke up|ambulance|hospital|the er)\b")),
    # ...saving up again, beside an attempt told (洗胃, 抢救, 吃过一次药): not money saved.
    Cue("self_harm", any_of(r"(又|再)(开始)?(偷偷)?(攒|囤|存)(药|起来|了)?(?=\s|$)"),
        unless=regex(r"钱|工资|存款|积蓄"), unless_nearby=True, reach=True,
        requires=regex(r"洗(过)?胃|抢救|吃过(一次)?(药|安眠药)|吞过|割过|自杀过|试过一次|没(死|走)成|被救")),
    # ...and in English: before / since my last attempt, the thoughts that put me in hospital back, the ER again and
    # feeling it coming, started planning like last time.
    Cue("self_harm", any_of(
        rf"{_PAST_EN}.{{0,40}}\b(again|back|close|coming|same|this time|now|start\w*|feel\w*|felt|like this|here before)\b|\b(again|back|close|coming|same|this time|start\w*|feel\w*|felt|like this|here before)\b.{{0,40}}{_PAST_EN}",
        r"\b(same|those|the) (thoughts|feelings|urges?|voices?) (that|which)? ?(put|landed|sent|got) me (in|into) (the )?(hospital|er|a ?& ?e|psych\w*|ward|icu)\b",
        r"\b(thoughts|feelings|urges?) from (last year|back then|before|\w+ (years|months) ago) (are|is) back\b",
        r"\b(same|that) (feeling|thoughts?|place|state) (i had |i was in |as )?(before|when|right before) i (ended up|was|went|landed) in (the )?(psych\w*|hospital|er|icu|ward|a ?& ?e)\b",
        r"\b(end up|ending up|land|wind up|be|back) (in|back in) (the )?(er|a ?& ?e|icu|emergency room|hospital|psych ward) again\b.{0,40}\b(feel it|coming|cant stop|same (place|thoughts|way))",
        r"\blike last time\W{0,3}(ive|i have|i) (started|begun|been) (planning|counting|saving|writing|thinking about (it|doing it|ending))\b"),
        unless=regex(r"\b(late|payment|pay|repay\w*|instal\w*|loan|debt|call(ed)?|fee|overdue)\b(?!.{0,40}\b(attempt|thoughts|feel it))"), unless_nearby=True, reach=True),
    # ...in hospital after trying, and it coming back ("I was in hospital after trying last year. Now it's all coming back").
    Cue("self_harm", any_of(r"\b(hospital\w*|ward|er|icu|rehab) (after|since) (trying|i tried|my attempt|an attempt)\b(?! to)"),
        requires=regex(r"\b(coming back|back again|again|(its|it is) back|same (feeling|thoughts|place))\b")),
    # Affairs in order: a will put away beside a pet's food or someone named ("my will is in the top drawer and the cat's food…").
    Cue("farewell", any_of(r"\bmy will (is|s) (in|on|under|with|inside)\b.{0,60}\b(dog|cats?|pets?|goes to|passwords?|for my (sister|brother|mum|mom|dad|parents|friend|son|daughter))\b"),
        unless=regex(r"\b(trip|holiday|vacation|travel\w*|retire\w*|lawyer|estate planning|surgery)\b"), unless_nearby=True, reach=True),
    # How many it takes not to wake, a bottle to be swallowed whole tonight, pills counted to enough (zh).
    Cue("self_harm", any_of(
        r"(吃|吞)多少(颗|粒|片|盒|瓶)\S{0,6}(才|就|能|会|可以)?\S{0,3}(不会醒|不醒|醒不过来|醒不来|睡过去|睡死|死|没命|致死|致命|解脱)",
        # ...or which drug it would be ("有没有哪种药吃多了睡过去就不会醒"): a method sought, as the count is.
        r"(哪种|哪一种|什么|哪个|哪类|有没有\S{0,2})(药|药片|药物|安眠药)\S{0,4}(吃多|多吃|过量|吃很多|一次吃|大量|吃一瓶|吞)\S{0,8}"
        r"(不会醒|不醒|醒不过来|醒不来|睡过去\S{0,3}(就|再)?(不|没)|睡死|没命|致死|致命|解脱|不痛苦|没痛苦|没有痛苦)",
        r"(那|这|整|一)(瓶|盒|板)(药)?.{0,12}(打算|准备|想|今晚|今天|一会|等下)\S{0,4}(全|都|一口气|一次)(吃|吞)(了|掉|下去|完)?",
        r"(数了|数过|一共|攒了|存了|攒到|凑了)\S{0,6}[0-9一二三四五六七八九十百几两]+(多)?(颗|粒|片)\S{0,8}(够了|应该够|差不多够|足够|够数)"),
        unless=regex(r"维生素|钙片|保健品|益生菌|零食|糖|饮料|感冒|头疼|头痛|牙疼|发烧|止痛|说明书|医生说|一天(最多)?\S{0,2}(吃|服)"), unless_nearby=True, reach=True),
    # New cuts or deeper ones, a blade taken out again, a bath with a blade beside it (zh).
    Cue("self_harm", any_of(
        rf"({_BODY_ZH})\S{{0,4}}(又)?(多|添|新添|划|割)(了)?(几|好几|一|两|三)道",
        r"(划|割)得(比(以前|上次|之前)|更|很|太)深",
        r"(小刀|刀片|美工刀|刮胡刀|修眉刀|刀)\S{0,3}又(被我)?(拿|掏|翻)(了)?出来",
        r"(浴缸|浴室|卫生间|澡盆|一缸|热水)\S{0,12}(刀片|刮胡刀|剃须刀|修眉刀|美工刀|刀)(?!\S{0,2}(子|叉))|(刀片|刮胡刀|剃须刀|修眉刀|美工刀)\S{0,12}(浴缸|浴室|澡盆)"),
        unless=_ACCIDENT_ZH, unless_nearby=True, reach=True),
    # ...not wanting to wake again (今年冬天我不想再醒了); wounds that multiply or must be hidden; the bath water turning red.
    Cue("self_harm", any_of(
        r"不想再醒(过来|来)?(了)?(?=\s|$)",
        rf"({_BODY_ZH}|手臂上|胳膊上)的?(伤口|疤|划痕|刀口|口子)\S{{0,3}}(越来越多|又多了|多了好几|藏不住|遮不住)|(伤|疤)\S{{0,6}}(不敢|没法)穿短袖",
        r"\b(bath|tub|bathtub)\b.{0,40}\b(turning|getting|going|has gone|turned|is now) (pink|red)\b"),
        unless=regex(r"睡懒觉|周末|闹钟|早起|上班|加班|不小心|摔|手术|烫伤|猫|狗|\b(dye|bath bomb|rust|paint|hair|bath salts?)\b"), unless_nearby=True,
        reach=True, hides=True),
    # ...and how many of a named drug it takes not to wake (en; "sleeping pills" are read in despair_en.py): "How many of
    # my antidepressants would it take to not wake up?" (review42). Not how many to take for it to work.
    Cue("self_harm", any_of(r"\bhow many (of )?(my |these |those |the |your )?([a-z-]+ ){0,2}(would|will|does|do|did|could|should) it take"
                            r" (me )?(to|till i|until i|before i) (not wake|never wake|stop waking|no longer wake|sleep forever|die|be dead|stop breathing|end it|overdose|od)\b",
                            # ...or which drug it would be ("is there a pill that if you take enough you never wake up?").
                            r"\b(which|what|any|a) (kind of )?(pills?|drugs?|meds?|medicines?|medications?|tablets?)\b.{0,40}"
                            r"\b(not wake|never wake|wont wake|dont wake|sleep forever|(die|go) (painlessly|peacefully|in (my|your) sleep)|painless (death|way out))\b")),
    # ...and in English: a count hidden away, the blade back or taken out again, the urge to cut, cutting deeper.
    Cue("self_harm", any_of(
        r"\b(\d+|ten|twenty|thirty|forty|fifty|sixty|a hundred|dozens?|(a |two |three )?(month|week)s? worth) (of (them|these|those|my \w+)|(\w+ )?(pills|tablets|capsules|meds))\b"
        r".{0,30}\b(hidden|hid|stashed|saved|hoarded|put away|tucked away|lined up|in a (shoebox|sock|drawer|box))\b",
        r"\b(the|my) (blade|razor|box cutter)s? (is|are) back\b|\b(took|take|taking|got|get|pulled|pull) (the|my) (blade|razor|box cutter)s? out( again)?\b"
        r"|\b(took|got|pulled) out (the|my) (blade|razor|box cutter) again\b",
        r"\burge to cut\b(?! (back|down|costs?|spending|my|the|it|ties|corners|out|up))|\bcut (myself )?deeper\b(?! into)|\b(new|fresh) cuts? on my (arms?|wrists?|legs?|thighs?)\b"),
        unless=_ACCIDENT_EN, unless_nearby=True, reach=True),
)

# A cancelled match sets aside only a window that holds the everyday reading (cue.Cue.aside_nearby): these cues are
# additive, and the readers that lean still read the rest of the message as before they existed.
VEILED = tuple(replace(cue, aside_nearby=True) for cue in _VEILED)


__all__ = ["VEILED"]
