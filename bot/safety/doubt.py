"""When a crisis reading is doubtful enough to give the loan answer with the check-in line instead
of the full crisis reply (issue 12, safe9).

Round 8 found most false alarms on held-out look-alikes came from ONE stage alone (one rule kind,
or the learned reader alone), on a message that also asks a loan question, whose crisis wording
belongs to someone else, to the past, to a study or a joke, or to a trip or a day's work: read in
its own window, the wording looks like a crisis; read against the whole message, it does not.
The rules read windows of one or two clauses, so "我在写论文" three clauses away cannot reach them.

So a crisis reply needs either agreement (two stages: rules, despair scale, learned reader,
topic classifier; or two different rule kinds), or no doubt from the message as a whole. A doubt
demotes, never drops: the reply is the loan answer followed by the check-in line (12356), so a
crisis this gets wrong still gets the number. Doubts, each read on folded, idiom-masked text:

- **a frame** anywhere in the message: a study, a story or a game (readings.FICTION), laughter
  (哈哈, lol), unless the speaker puts themselves in it (我也想, "makes me want");
- **a past told as over**: a past anywhere and a present said to be better (readings);
- **elsewhere**: the crisis clauses, or a clause beside them, tell of a trip, a move, work, a
  relative's death or someone else's story;
- **someone else's words**: another person speaks in the crisis clauses or the one before
  ("我儿子天天喊着我要死了", "my grandma always says she's ready to go").
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH, Clause
from .idioms import masked
from .readings import FICTION, KEEPS, SELF_TOO, over_before, told_as_over
from .sayings import habit_said
from .scenes import KIN_DIED_EN, KIN_DIED_ZH
from .threats import hyperbole
from .intent import INTENT as _INTENT  # the writer's own intent in the crisis clauses (moved out, safe68)

_LAUGHING = regex(r"哈哈|笑死|hhh|笑哭|开玩笑|\b(lol|lmao|rofl|haha\w*|joke\w*|joking|kidding)\b")
# A trip or a move, said in the crisis clauses or beside them: where "告别", "won't be around" go.
_JOURNEY = regex(r"出差|回老家|搬家|旅游|出国|留学|支教|换城市|搬(去|到|进|回)(?!\S{0,3}(江|河|湖|海|桥|楼顶|天台|水库|边|崖|山顶|天上|那边))\S{0,6}(住|了|宿舍|新家|公寓|房子|出租屋|新房|小区|城|市|省|老家|深圳|北京|上海|广州|杭州)"
                 r"|(明天|下周|下个月|以后)?开始(跑外卖|跑单|送外卖|上班|实习|新工作)|最后一天(上班|打工|实习|上学)"
                 r"|(准备|打算|要)(去|到)(?!\S{0,3}(江|河|湖|海|桥|楼顶|天台|水库|边|崖|山顶|死|跳|自杀|结束|了断|解脱|见(我)?(爸|妈|奶奶|爷爷|外婆|外公)))\S{1,4}(了|工作|发展|打工|读书)(?!\S{0,2}(死|跳|结束))"
                 r"|(观星|烧烤|聚会|派对|晒被子|晒衣服|看烟花|放风筝)|\b(party|barbecue|bbq|fireworks|stargazing|moving to)\b(?!.{0,24}\b(last (year|summer|winter|week|month|night|time)|ago|once)\b)|(去|到)(外地|外省|国外)|(去|到)\S{0,6}(工作|打工|上班|读书|上学|实习|当兵|支教)\S{0,2}(一|两|半|几|三)(年|个月)"
                 r"|\b(trip|travel\w*|moving (back )?(in)?(to|home)|move (in)?to|abroad|holiday|vacation|last day at (work|the office))\b")
# Said in the crisis clauses themselves: a relative's death or estate.
_ELSEWHERE = regex(rf"{KIN_DIED_ZH}|{KIN_DIED_EN}")
# ...or someone else's story, heard or met: news, someone in the village, a passenger who said he
# wanted to die (a relative's or a friend's words said once stay a crisis: "我老公说他要是还不上
# 就去跳江"). Whose words these are no reader can tell (WHOSE in bot.safety).
_THEIRS = regex(r"听说|新闻|(村里|小区|单位|公司|厂里|群里)有(个)?人|有个人|(每天|经常|总|天天)(都)?有人"
                r"|(客人|乘客|顾客|路人|陌生人|网友|病人|患者)\S{0,12}说(他|她)(?!们)|\b(heard|news)\b")
# A place on a daily round or a job on the road ("I'm a taxi driver and I'm on the bridge every day",
# "每天在高架桥上来回跑几十趟", "在桥头摆了个煎饼摊"): where one works or passes, not where one goes to die.
_ROUTINE = regex(r"外卖|快递|出租车|开出租|网约车|司机|骑手|摆(了个)?摊|出摊|收摊|送货|跑车|\b((taxi|delivery|truck|bus|cab) driver|courier|rider|stall)\b")
# A flat hunted or rented ("我要租房子，看了一个18楼的高层"; review45): the storey is the flat's, unless a thought of
# falling is beside it (mend48).
_HOUSING = regex(r"租房|看房|找房|买房|房源|中介|户型|房东|房租|租(了|个|一个|一套|间)?\S{0,4}(房|公寓)|\b(renting|rent|apartment hunting|flat hunting|viewing)\b")
_STOREY = regex(r"[0-9一二三四五六七八九十几两]+(楼|层)|高层|顶楼|\b(floor|storey|story)\b")
_FALL = regex(r"跳|一了百了|下去|不回来|死|结束|了断|解脱|最后|\b(jump\w*|end it|die|dying|dead|last)\b")
# ...unless the crisis clauses think of it ("I'm a truck driver and ... I think about just not turning").
_THINKING = regex(r"想|觉得|念头|脑子|跳|一了百了|下去|最后一(单|次|趟|回)|不回来|\b(think\w*|thought|wish\w*|want\w*|wonder\w*|jump\w*|imagine\w*)\b")
# An ending said of the debt, not of a life ("今晚就把钱全还了，了结这笔债"): what ends, no reader can tell.
# The writer taking someone else's words or act as their own: then whose words they were first
# casts no doubt ("我老公天天说不想活了，其实我也不想活了", "我妈总说活着没意思，我现在也这么觉得",
# "…他说得对", "My friend keeps saying he wants to die. Honestly, so do I."; review12).
_ADOPTED = regex(r"我(现在|其实|真的)?也(想|要|快|不想|这么|这样|觉得)|我(也)?(同意|赞同|认同)|(他|她)说得(对|没错)|说的(对|没错)|(想|要)学(他|她)"
                 r"|\b(so do i|me too|same here|i feel the same|i agree with (him|her|them)|(he|she)s right|so am i|i do too)\b")
# ...and the writer's own end beside a debt ended ("了结这笔债的唯一办法就是我死", "然后我也就了结了").
_OWN_END = regex(r"我(就|也就|也|就去|去)?(死|了结了|了断|走了|不在了)|\b(i die|i ll be gone|i m gone|im gone|my death)\b")
_CLEARED = regex(r"(了结|结清)(了)?(这|那)?(笔|个|些)?(债|账|借款|欠款|网贷|借呗)|\b(clear|settle) (the|this|my) (debt|loan)\b")
_PLACE = regex(r"桥|楼顶|天台|高架|江边|河边|海边|\b(bridge|roof\w*|overpass|river|highway)\b")
# Harm told as healed ("手腕上的伤疤早就好了", "刀口恢复得挺好，下周拆线", "the scar healed well"): a past
# that is over, unless new harm is told beside it (又, 新的, again). Money received ("保险理赔下来了", "the
# payout came through"): the writer is here to receive it. Medicine for an ailment named, or given to
# someone ("吃了片止痛药" after 头疼, "把退烧药送给隔壁阿姨，她孙子也发烧"): care, not a means. A line of a
# song quoted, not taken as one's own (no 我也是, "me too"). Each a doubt of one stage alone (safe16).
_HEALED = regex(r"(伤|疤|伤口|刀口|口子|划痕)\S{0,8}(早就|早|已经|都|基本)?(好了|愈合|长好|结痂|恢复得\S{0,2}好|好得差不多)|拆线"
                r"|\b(scars?|wounds?|cuts?|stitches)\b.{0,24}\b(healed|heal(ed|ing) (well|nicely|fine)|came out|removed)\b")
_RECEIVED = regex(r"(理赔|赔偿|赔款|保险金|保险钱|保险|抚恤金)\S{0,4}(下来了|到账|到了|批了|赔下来|打过来)"
                  r"|\b(payout|claim|insurance (money|payment))\b.{0,24}\b(came through|approved|arrived|paid out|got paid)\b")
_AILMENT_ZH = r"(头疼|头痛|牙疼|牙痛|发烧|感冒|咳嗽|胃疼|胃痛|拉肚子|过敏|痛经|肚子疼|肚子痛|腰疼|腰痛|(胃|头|牙|腰|肚子)\s?□)"
_CARE = regex(rf"{_AILMENT_ZH}.{{0,12}}(吃|吞|送|给|拿)|(吃|吞|送|给|拿).{{0,16}}{_AILMENT_ZH}"
              r"|\b(headache|toothache|migraine|fever|a cold|the flu|cough|allergy|allergies|cramps|sore throat|stomach ?ache|backache)\b"
              # a body part said to ache or, masked as hyperbole, to be "killing me" ("my stomach is killing me"; safe28)
              r"|\b(stomach|tummy|belly|back|head|tooth|knee|neck)\b (is |was )?(\s*□|(really )?(hurts|hurting|aches|aching|sore))")
_CARE_AMOUNT = regex(r"([3-9]|[1-9][0-9]|几十|[三四五六七八九十][十几]?|十[几一二三四五六七八九])多?(片|粒|颗)|一把|一大把|一整|整板|整瓶|一瓶|好多|很多|一堆|全部|全吃|所有|攒|剩下的都|\b(all|whole|bottle|handful|lots|many|every|saving|saved|stash\w*|enough|extra|jar|what was left"
                          r"|[3-9]|[1-9][0-9]+|three|four|five|six|seven|eight|nine|ten|dozen|several|a few)\b")
# What no dose for an ache says (review39: "my head hurts, I took two sleeping pills and want to die", "肚子疼，吃了几片
# 安眠药，想睡过去就不醒了"): a wish to die or not wake, an overdose, being done, the whole medicine box, pills with
# drink, or a sleeping pill itself. With any of these the care doubt never holds, ache or no ache.
_NOT_A_DOSE = regex(r"安眠药|助眠药|睡眠药|镇静|不醒|醒不过来|醒不来|睡过去|长眠|一了百了|想死|不想活|活不下去|过量|药箱\S{0,4}(都|全)|(就着|配着?|和|加|兑)\S{0,2}(酒|白酒|啤酒|红酒)"
                    r"|\b(sleeping (pills?|tablets?)|sleep(ing)? (pills?|tablets?)|overdos\w*|\bod\b|sleep forever|never wake|not wake|wont wake|dont wake|not to wake"
                    r"|be done|done with (it|everything|life|all)|(want|wanted|wanna|going) to die|end it|dont want to (be here|live|wake|exist)"
                    r"|everything in the (medicine )?(box|cabinet|drawer|kit|cupboard)|the whole (box|bottle|cabinet|packet|pack)"
                    r"|with (vodka|alcohol|wine|beer|whisky|whiskey|booze|liquor|gin|rum|drink\w*))\b")
# Packs taken (吃了两盒…), said of an ailment that is mending or still treated ("终于好了", "还没好",
# "退烧了", "按医嘱"): care, whatever the amount; not with "all of it", not waking, hopelessness or a
# plan, which KEEPS reads once the packs are set aside (review28).
_PACKS = regex(r"(吃|吞|喝)(了|掉|下)?\S{0,8}([0-9两二三四五六七八九十几]+)(盒|板)")
_MENDING = regex(r"(终于|已经|总算|慢慢|基本|快)(好了|好多了|好转|好起来|退烧|不烧|不疼|不痛|不咳)|(还|也)?没(有)?好|退烧了|按医嘱|遵医嘱|医生开的|一个疗程"
                 r"|\b(feel(ing)? better|got better|recovered|as prescribed|(the |my )?doctor (said|told|gave|prescribed))\b")
# A cut made by a surgeon (手术, 阑尾, 剖腹产; "surgery"), not on a wrist or an arm, with no fresh harm or
# other crisis signal once the cutting words are set aside (review28).
_SURGERY = regex(r"手术|开刀|阑尾|剖腹产|剖宫产|切除|麻醉|\b(surgery|operation|appendix|c-section)\b")
_CUT_SELF = regex(r"腕|手臂|胳膊|大腿|自己|自残|\b(wrists?|arms?|thighs?|myself)\b")
_CUTS = regex(r"(划|割)(了|开)?|\b(cut|slit|sliced)\b")
# Not lasting to payday said of money ("撑不到月底了，工资还没发"): a budget, unless something else of
# a crisis is said (活不到 stays, KEEPS reads the rest; review28).
_MONEY_SHORT = regex(r"(撑|熬|挺)不到(月底|发工资|下个月|发薪)")
_SHORT_OF = regex(r"(工资|薪水|钱|生活费|余额|房租|饭钱|存款|花呗额度)\S{0,4}(还没|没|不够|快没|花光|用完|见底|只剩)|(没|不够)(钱|饭钱|生活费)")
_NEW_HARM = regex(r"又|新的|新伤|再次|\b(again|new|fresh|deeper)\b")
_SONG_LINE = regex(r"歌词|这句歌|一句歌|歌里|\b(a line from|lyrics?|line in) (a |the |this )?(song|track|album)?|\bsong (lyric|line)s?\b")
_SONG_MINE = regex(r"我也是|我也一样|说的就是我|就是我现在|\b(me too|same here|thats me|how i feel|so true|relatable)\b")
_PAYOUT = regex(r"保险|赔|寿险|意外|\b(insurance|payout)\b")
_WRITER = regex(r"我(?!们)|\b(i|im|ive|id|me|my|myself)\b")
_STRANGER = regex(r"(客人|乘客|顾客|路人|陌生人|网友|病人|患者)|\b(a|one) (passenger|customer|stranger|patient)\b")
# Going on right after the resigned words ("我这辈子也就到这了吧 打工还钱", "…, I'll keep working
# and pay it off"): a life's ambitions given up, not life. Not when the going on is said to fail.
_FUTILE = r"(?!\S{0,6}(不完|不上|不起|不清|没用|有什么用|有啥用|有什么意义|又能怎样|有意义吗))"  # going on said to fail
# Not a question about paying ("如果我跳楼了 还要不要还钱 会怎样", "我死了还用还钱吗"): asking whether the debt
# outlives the writer is no resolve to go on, it is the reasoning the crisis reply is for (review77).
_ASKED = r"(?!\S{0,4}(要不要|用不用|还用|需不需要|是不是|会不会|得不得|可不可以|能不能|还需要))(?!\S{0,12}(吗|么|嘛|\?|？))"
_GOING_ON = regex(rf"^{_ASKED}\S{{0,4}}(打工|上班|干活|搬砖)?\S{{0,2}}(还钱|还债|还账){_FUTILE}"
                  rf"|(继续|接着|好好|老老实实|慢慢)(打工|上班|干活|还|挣钱|赚钱){_FUTILE}"
                  r"|\b(ill|i will|im going to|gonna) (keep|just keep) (working|paying|going)\b|\bpay (it|them|this) (off|back) (slowly|bit by bit|little by little)\b")
# A cost said to drive one to death ("利息要把我逼死了 怎么算的"): the burden (idioms.py masks the
# crushing kind, 压死; driven to death stays a rule's cue, since "罚息逼死我了 对不起爸妈" is a crisis,
# where the scale and the learned reader agree).
# Work's pressure said the same way ("这个月的业绩要把我逼死了，借呗额度还能提吗"; safe28).
_BURDEN = regex(r"(利息|罚息|滞纳金|违约金|手续费|账单|房贷|车贷|月供|债|借呗|花呗|网贷|业绩|考核|指标|老板|领导|甲方|加班|KPI|kpi)\S{0,4}(把我|让我)?(逼|愁|压|累)死")
# A study or a story framing a question about death and debt that is nobody's own ("人死债消是法律
# 规定吗 我在写论文"): even two stages agreeing on its wording read the words, not the speaker.
_OWN = regex(r"我|\b(i|im|ive|id|me|my|myself)\b")




def doubt(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str) -> str | None:
    """The doubt the message as a whole casts on the crisis its clauses ``crisis_at`` carry
    ("frame", "burden", "over", "theirs", "cleared", "elsewhere", "routine", "going on", "saying"; see the module doc), or None.
    (safe16: harm healed or money received is "healed", medicine for an ailment "care", a song's line "quoted".)"""
    if not crisis_at:
        return None
    near = sorted({j for i in crisis_at for j in (i - 1, i, i + 1) if 0 <= j < len(clauses)})
    near_text = masked(" ".join(clauses[j].text for j in near))
    crisis_text = masked(" ".join(clauses[i].text for i in sorted(crisis_at)))
    before = sorted({j for i in crisis_at for j in (i - 1, i) if 0 <= j < len(clauses)})
    if told_as_over(whole_masked) and max(crisis_at) <= over_before(whole_masked, [c.text for c in clauses]):
        return "over"  # only a crisis told before the better present is the past (readings.over_before; mend52)
    if _LAUGHING.search(crisis_text) and not SELF_TOO.search(crisis_text):
        return "frame"  # the joke is in the crisis words themselves ("账单看得我想跳楼哈哈哈")
    adopted = _ADOPTED.search(whole_masked) is not None  # "…其实我也不想活了", "so do I" (review12)
    if habit_said(clauses, before, near_text, crisis_at, message) and not adopted:
        return "saying"
    if (_THEIRS.search(crisis_text) or _STRANGER.search(near_text)) and not _WRITER.search(crisis_text) and not adopted:
        return "theirs"  # a passenger who said he wanted to jump: his intent, not the writer's
    if _CLEARED.search(crisis_text) and not _PAYOUT.search(near_text) and not _OWN_END.search(whole_masked):
        return "cleared"
    if _INTENT.search(crisis_text):
        return None
    keeps = KEEPS.search(whole_masked) is not None  # another crisis signal (readings.KEEPS): no safe16 doubt holds (safe17)
    if (_HEALED.search(near_text) or _RECEIVED.search(crisis_text)) and not _NEW_HARM.search(whole_masked) \
            and not _OWN_END.search(whole_masked) and not keeps:
        return "healed"  # harm healed, money received (safe16)
    # (never beside overdose intent or a sleeping pill, _NOT_A_DOSE: the ache forms of safe28 had hidden them; review39)
    dose = _CARE.search(near_text) is not None and _NOT_A_DOSE.search(whole_masked) is None
    if dose and _MENDING.search(whole_masked) and not KEEPS.search(_PACKS.sub(" ", whole_masked)):
        return "care"  # packs taken for an ailment that is mending or treated (review28: "吃了两盒感冒药终于好了")
    if dose and not _CARE_AMOUNT.search(crisis_text) and not keeps:
        return "care"  # a dose for an ailment, medicine given (safe16)
    if _CUTS.search(crisis_text) and _SURGERY.search(near_text) and not _CUT_SELF.search(crisis_text) and not _NEW_HARM.search(whole_masked) \
            and not KEEPS.search(_CUTS.sub(" ", whole_masked)):
        return "care"  # a cut by a surgeon ("昨天刚刚割了一刀，做阑尾手术"; review28)
    if _MONEY_SHORT.search(crisis_text) and _SHORT_OF.search(near_text) and not KEEPS.search(_MONEY_SHORT.sub(" ", whole_masked)):
        return "burden"  # money that will not last to payday ("撑不到月底了，工资还没发"; review28)
    if _SONG_LINE.search(near_text) and not (_SONG_MINE.search(whole_masked) or adopted or keeps):
        return "quoted"  # a song's line beside the crisis words, not one's own (safe16; "歌词说活着好累，我也是" stays a crisis)
    if (FICTION.search(near_text) or _LAUGHING.search(near_text)) and not SELF_TOO.search(crisis_text):
        return "frame"
    if _BURDEN.search(crisis_text):
        return "burden"
    if (_THEIRS.search(crisis_text) or (_STRANGER.search(near_text) and not _OWN.search(crisis_text))) and not adopted:
        return "theirs"
    if (_JOURNEY.search(near_text) or _ELSEWHERE.search(crisis_text)) and not keeps:
        return "elsewhere"
    if _ROUTINE.search(near_text) and _PLACE.search(crisis_text) and not _THINKING.search(near_text):
        return "routine"
    if _HOUSING.search(near_text) and _STOREY.search(crisis_text) and not _FALL.search(whole_masked) and not keeps:
        return "routine"  # a flat on a high floor, looked at to rent (mend48)
    after = max(crisis_at) + 1
    # the but-clause right after the crisis clauses, or the last of them (a reader that marks the pair)
    last = after if after < len(clauses) else max(crisis_at)
    if last > min(crisis_at) and despite(masked(clauses[last].text)) and not keeps \
            and only_hopeless([masked(clauses[i].text) for i in sorted(crisis_at) if i != last]) and not _DEPARTED.search(whole_masked) \
            and all(_LOAN_ASKED.search(masked(c.text)) for c in clauses[last + 1:]):
        return "despite"
    if after < len(clauses) and _GOING_ON.search(masked(clauses[after].text)):
        return "going on"
    return None


# Hopelessness answered at once by a "but" and going on with the debt ("I feel hopeless but I'll keep paying",
# "很绝望，但我还是会还"): a feeling with its answer, not a crisis, whoever agrees on the word "hopeless" (safe25;
# WHOSE in bot.safety). Not a going on with an end to it ("but I'll keep paying until Friday"), nor one said to fail.
_DESPITE = regex(
    r"^(but|though|yet|still|and yet)\b.{0,24}\b((ill|i will|im going to|gonna|going to) (still |just )?(keep |continue to |try to )?(pay|paying|repay|work|working)\b"
    r"|(im|i am) (not giving up|still paying|going to pay|paying it)|(not|never) giv(e|ing) up\b|(ill|i will) (manage|get through (it|this)))"
    rf"|^(但|但是|不过|可是)\S{{0,4}}(我)?(还是|会|也会|照样|继续|一定|肯定)\S{{0,4}}(还钱|还款|还债|还上|还清|坚持|努力|还){_FUTILE}")
_ENDED = regex(r"\b(until|till|before|then|for now)\b|直到|之前|以前|为止|然后|暂时|先这样")
# Only hopelessness may be so answered (review34: "I wish I was dead but I'll keep paying", "我撑不下去了，但我会继续还款"
# lost the crisis reply): each crisis clause is a hopelessness word and filler, nothing else.
_HOPELESS = regex(r"\b(hopeless\w*|no hope|theres no hope|there is no hope)\b|绝望|毫无希望|没(有)?(什么|任何)?希望|看不到(任何)?希望")
_FILLER = regex(r"\b(i|im|i am|feel|feels|felt|feeling|so|really|completely|totally|utterly|just|all|it|its|it is|everything|this|things|am|is|seems|looks"
                r"|very|pretty|kind of|kinda|a bit|a little|quite|right now|now|lately|today|and|the|situation|with|about|my|debt|sometimes|honestly|oh|ugh|man)\b"
                r"|我|真的|好|很|太|非常|感觉|觉得|现在|真|有点|有些|特别|彻底|完全|对|一切|都|了|啊|呀|啦|的|这|已经|简直|挺|[\W_]")
# A departure or an end anywhere in the message ("…after I'm gone", "ill be gone soon anyway"): no going on is told.
_DEPARTED = regex(r"\b(gone|go away|leave|leaving|left|goodbye|bye|farewell|anyway|end\w*|over|last|final|forever|for good|no longer|not around"
                  r"|die|dying|dead|death|kill\w*|suicid\w*|live|living|alive)\b|走了|离开|不在|以后|之后|最后|再见|永别|告别|反正|暂时|先这样|结束|了结|解脱|死|活")


# After the but-clause, only a plain question about the loan may follow ("…, what's the minimum payment?"): anything
# else told after it may be the plan the "but" only delays (review37: "很绝望，但我还是会还，还清那天就跳", "…. Where is
# the nearest tall bridge?", "…. my family will get the insurance money" had lost the crisis reply).
_LOAN_ASKED = regex(
    r"^(?=.*([?？]|吗|么|呢|怎么|能不能|可不可以|会不会|是不是|多少|\b(what|whats|how|can|could|will|would|is|are|do|does|should|when)\b))"
    r"(?=.*(借呗|花呗|逾期|还款|还钱|利息|罚息|分期|延期|征信|催收|起诉|上门|最低|\b(minimum|payments?|interest|loans?|debts?|credit|collect\w*|sue|instal\w*|extension|fees?|jiebei|huabei)\b))"
    r"(?!.*(跳|天台|楼顶|桥|药|绳|刀|保险|消失|走|\b(jump\w*|bridge|roof|building|tallest|pills?|rope|knife|insurance|disappear\w*|inherit\w*)\b))")


def only_hopeless(texts: list[str]) -> bool:
    """Whether every crisis clause says hopelessness and nothing else (a hopelessness word and filler words)."""
    return bool(texts) and all(_HOPELESS.search(t) and not _FILLER.sub("", _HOPELESS.sub("", t)).strip() for t in texts)


def despite(clause: str) -> bool:
    """Whether a clause answers the despair before it with a "but" and going on with the debt (no end set to it)."""
    return _DESPITE.search(clause) is not None and _ENDED.search(clause) is None


def owned(clauses: list[Clause], crisis_at: frozenset[int]) -> bool:
    """Whether the crisis clauses speak of the speaker (我, I, my...)."""
    return any(_OWN.search(clauses[i].text) for i in crisis_at)


# Quotation marks around words ("就像电影里说的'我不想活了'", 「再见了这个世界」, "my friend says 'goodbye
# cruel world'"): whoever wrote them first, they are quoted, not said (an apostrophe inside a word is no mark).
_QUOTED = regex(r"[“「『‘\"][^“”「」『』‘’\"]{1,80}[”」』’\"]|(?<![A-Za-z0-9])'[^']{1,80}'(?![A-Za-z0-9])")
# A clause that introduces what follows as a story's, a song's or a film's line ("电影里主角说", "as the song goes").
_INTRODUCES = regex(r"(说|讲|写|唱|道|台词|歌词)(的|着|过|了)?$|\b(says|said|say|goes|went|sings|sang|writes|wrote|line)$")


_SOMEONE = regex(r"他|她|主角|男主|女主|角色|人物|\b(he|she|hes|shes|they|theyre|character|hero|heroine)\b")
# Words reported as someone else's shout or saying ("我儿子…天天喊着我要死了"), or as a joke's content ("we
# joke that we're going to die in finals week"): the 我 is in what is reported, and no 我 says it.
_SAYS_ME = regex(r"(喊|叫|嚷|念叨|嘟囔)(着|道|了)?\S{0,2}我")
_SPEAKER_ME = regex(rf"我(?!的?({KIN_ZH}|儿子|女儿|孩子|朋友|同事|室友|同学|闺蜜|兄弟|哥|姐|弟|妹))")
_JOKE_THAT = regex(r"\b(joke|jokes|joked|joking|kid|kidding)\b.{0,30}\b(that|about)\b|开玩笑(地)?说|玩笑话")


def _reported(text: str) -> bool:
    """Whether a crisis clause reports someone else's shout or a joke's content (see _SAYS_ME)."""
    says = _SAYS_ME.search(text)
    return bool(says and not _SPEAKER_ME.search(text[:says.start()])) or bool(_JOKE_THAT.search(text))


def own_words(message: str, clauses: list[Clause], crisis_at: frozenset[int], farewell: bool = False) -> bool:
    """Whether the crisis wording is the writer's own (safe24): the crisis clauses speak of the
    writer (``owned``), or are a ``farewell`` (a goodbye to the world says who leaves: "再见了这个
    世界", "goodbye cruel world") with nobody else named in them; they are not in quotation marks,
    and neither they nor a clause introducing them name a story, a film, a song or a study.
    Laughter beside one's own words is no such frame: a frame doubted on them leaves the crisis
    reply first, with the loan question answered after it."""
    someone = any(_SOMEONE.search(clauses[i].text) for i in crisis_at)
    if not (owned(clauses, crisis_at) or (farewell and not someone)):
        return False
    quoted = [(found.start(), found.end()) for found in _QUOTED.finditer(message)]
    for index in crisis_at:
        clause = clauses[index]
        if any(start < clause.end and clause.start < end for start, end in quoted) or _reported(clause.text):
            return False
        if FICTION.search(masked(clause.text)) or _SONG_LINE.search(clause.text):
            return False
        before = clauses[index - 1].text.strip() if index > 0 else ""
        if before and (FICTION.search(masked(before)) or _SONG_LINE.search(before)) and _INTRODUCES.search(before):
            return False
    return True


# Abuse (safe9): a story heard from someone else about someone else ("我朋友说他以前…催收说要去他
# 单位闹", "my friend told me about his collectors..."). Not "听说催收给我单位打电话了" or "I heard
# that collectors called my boss": that is how a borrower learns what was done to them; and not
# a collector said to be polite ("说话挺客气的，但说不还就把我照片发到家族群" is a threat) (lead review).
_TOLD_ME = regex(r"告诉我|跟我说|对我说|和我说|给我讲|\b(told|tells|telling) me\b")
_HEARD = regex(rf"({KIN_ZH}|有人|别人)\S{{0,4}}(说|讲|告诉我)(他|她|他们)"
               rf"|\b(my|a) ({KIN_EN}|neighbou?r) (\w+ ){{0,2}}(told|tells) me (a story|about (his|her|their|a)|that (he|she|they|his|her))\b"
               r"|\ba story about\b")


# A threat by a parent, a boss or a teacher, told as a joke anywhere in the message ("我妈说再不还钱就
# 打死我，开玩笑的", "老板说…，哈哈", "…，然后笑了"): hyperbole, paying back its condition or not (review28).
_JOKED = regex(r"哈哈|开玩笑|开个玩笑|玩笑话|笑了|笑着说|逗我|吓唬我玩|\b(lol|lmao|haha\w*|joking|kidding|jk|laughed)\b")
_NOT_JOKE = regex(r"不是(在)?开玩笑|没(有)?(在)?开玩笑|没笑|不像(是)?(在)?开玩笑|\b(not|wasnt|isnt|no) (joking|kidding|a joke)\b")


def joked_hyperbole(clauses: list[Clause], abuse_at: frozenset[int]) -> bool:
    """Whether every abuse clause is a parent's, a boss's or a teacher's threat and the message calls it a joke."""
    whole = " ".join(c.text for c in clauses)
    if not _JOKED.search(whole) or _NOT_JOKE.search(whole):
        return False
    return all(hyperbole(clauses[i].text) or (i > 0 and hyperbole(clauses[i - 1].text)) for i in abuse_at)


def abuse_doubted(clauses: list[Clause], abuse_at: frozenset[int]) -> bool:
    """Whether the clauses that carry an abuse report, or the one before, tell someone else's
    story as heard from them (whoever agrees: the learned reader cannot tell whose story it is),
    or a parent's or a boss's threat told as a joke."""
    if abuse_at and joked_hyperbole(clauses, abuse_at):
        return True
    near = {j for i in abuse_at for j in (i - 1, i) if 0 <= j < len(clauses)}
    if any(_OWN.search(_TOLD_ME.sub(" ", clauses[i].text)) for i in abuse_at):
        # The report names the borrower ("催收把我的照片发到我老婆单位群里了" after "我老婆说…"):
        # theirs, however they heard of it (review of round 8).
        return False
    return _HEARD.search(" ".join(clauses[j].text for j in sorted(near))) is not None


INTENT = _INTENT  # read by bot.safety for a fear of ruin asked (fear.py)

__all__ = ["INTENT", "abuse_doubted", "despite", "doubt", "joked_hyperbole", "only_hopeless", "own_words", "owned"]
