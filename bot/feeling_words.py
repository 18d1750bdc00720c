"""More of the words a borrower tells a feeling and asks "what now" in (round 31, cls25), for
bot.routing_feelings: the independent set of stop 36 had "心里慌得不行 我现在该怎么办" and "so anxious I
can't think, what do I do now" read as collection_process, because the asking words ("现在怎么做才好",
"该做些什么", "咋弄", "what's my next move", pidgin "wetin I go do") and the states of mind ("心好累",
"整个人都懵了", "天都塌了", "helpless", "in panic mode") were not in the lists that tell a feeling asked
about. Both lists only widen readings that already need the other half: a what-to-do counts beside a
feeling, and a state of mind counts only where something is asked (bot.routing_feelings._asked).

"逾期了 现在该怎么办" with no feeling stays collection_process (no state matches), and a feeling with
"还不上 怎么办" stays negotiate (cannot_pay is a matter there). Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex

# What to do, asked in words beyond 怎么办/what should I do: how to act now or next (not what *they* will
# do: "催收会做什么" asks about them, so 做什么 needs 我/该/应该 before it).
WHAT_NOW = regex(
    r"(?:该|要|应该|应当|得)?(?:怎么|咋|如何|怎样)(?:做|弄|搞|整|应对|是好|面对)(?:才好|才行|比较好)?(?![^\s]{0,2}(?:计算|算))"
    r"|(?:该|要|应该|应当)(?:怎么|咋|如何)处理|如何是好|怎么是好|咋弄|咋搞"
    r"|(?:我|现在|接下来|下一步)(?:该|应该|应当|能|可以)?(?:做|干)(?:些|点)?(?:什么|啥|嘛)(?!意思)|我(?:现在|接下来|下一步)?要(?:做|干)(?:些|点)?(?:什么|啥)(?!意思)"
    r"|该(?:做|干)(?:些|点)?(?:什么|啥|嘛)|下一步(?:该|要|应该)?(?:怎么(?:走|做|办)|咋(?:走|办|整|弄))"
    r"|\b(?:what now|what to do(?: now| next)?|what(?: s| is) (?:my|the) next (?:move|step)|what should my next (?:move|step) be"
    r"|figure out what to do|what am i (?:supposed|meant) to do|where do i go from here|what (?:must|shall|can) i do now"
    r"|what should i do (?:first|next)|what do i do (?:first|next)"
    # (cls117) anything at all the writer can do now, asked beside the feeling ("is there anything I can do right now?")
    r"|(?:is there )?anything (?:at all )?(?:i|we) (?:can|could) do (?:right now|now|at all|to calm down)"
    # Nigerian pidgin: "wetin I go do", "wetin I fit do", "wetin make I do"
    r"|wetin (?:i|make i|i go|i fit|i for|i suppose to|i wan) ?(?:go |fit )?do"
    # Tagalog in Taglish: "ano gagawin ko", "ano ang dapat kong gawin"
    r"|ano (?:ang )?(?:gagawin ko|dapat (?:kong|ko) gawin|pwede (?:kong|ko) gawin))\b")

# A state of mind told, as borrowers tell it beyond the lexicon's worry words: tired at heart, the mind
# in a mess or blank, crushed, the sky fallen, helpless, lost (not 累 alone: "上班好累").
STATES = regex(
    r"心(?:里|好|很|太|真的|特别|都)*(?:累|乱|烦)|(?:整个人|脑子|脑袋)(?:都|真的|完全)?(?:懵|蒙|傻|乱|崩)|人(?:都|已经|完全)(?:懵|蒙|傻|乱|崩)"
    r"|脑子(?:里)?(?:一片空白|嗡嗡|一团乱|转不动|转不过来)|(?:快|要)?(?:被)?压垮|天(?:都)?(?:要)?塌(?:了|下来)"
    r"|六神无主|手足无措|不知所措|魂不守舍|坐立(?:不安|难安)|无助|迷茫|彷徨|煎熬|愁(?:死|坏|得)|发愁|犯愁|(?<![胃头肚腰嗓喉咙牙胸眼背腿脚手子体肩颈])好难受|心里(?:很|好|特别)?难受|烦死了|七上八下|惶恐|慌乱|头(?:都)?(?:大|炸)了|心情(?:很|好|特别|非常|太)?(?:差|糟|低落|不好)"
    r"|\b(?:helpless|lost and|(?:so|really|completely|totally|very) lost|out of my mind|in (?:a )?panic(?: mode)?|going crazy|nervous wreck"
    r"|(?:so|very|much|really) tensed?|mind is (?:all over the place|racing|blank)|can ?t think|at my wits ?end|desperate and scared"
    # pidgin: "I dey fear", "my mind no rest", "body dey shake"
    r"|i dey fear|fear dey catch me|my mind no (?:dey )?rest|i don confuse"
    r"|drowning|(?:i m|i am|im) (?:a|such a|an absolute|a total|a complete|an emotional) (?:mess|wreck)|can ?t stop thinking about|overthinking"
    # cls109: the fear told through daily life (work, doing anything, the mind running to the worst), as borrowers
    # tell it with nothing asked ("逾期了 整个人都不好了 上班也没心思", "can't focus on anything since the loan went late")
    r"|(?:can ?t|cannot|couldn ?t|unable to) (?:focus|concentrate|function|get anything done|do anything)|(?:imagining|picturing|expecting) the worst)\b"
    r"|整个人都不好了|(?:上班|工作|干活|做事|干啥|干什么|做什么|学习)(?:都|也|完全)?(?:没(?:有)?心思|没心情|集中不了|静不下心|提不起劲)|"
    r"(?:什么|啥)(?:事)?(?:都|也)不想(?:干|做|动)|(?:没法|无法|不能)(?:集中|专心)|心不在焉|提不起(?:劲|精神|兴趣)|老(?:是)?走神|往(?:最)?坏(?:处|的方面)想|想(?:到|着)最坏的"
    # cls138: the weight told (难受 with its degree, 压抑, 憋屈, 好烦), the need to talk told (没人可以说, 想找个人说说,
    # "no one to talk to"), and the dread shown by checking the phone or not daring to open the app ("不敢打开支付宝",
    # "keep checking my phone"). Read only where the others are: the loan named, the writer's own, nothing asked.
    # mend147 (review142 #4): not the body's 难受 ("胃特别难受", "嗓子很难受": a body part just before), and annoyance
    # (好烦, 烦透) only with no plan or shortfall told after it ("好烦 明天发工资就还" is annoyance with a plan, not fear).
    r"|(?<![胃头肚腰嗓喉咙牙胸眼背腿脚手子体肩颈])(?:特别|很|非常|真的|太|超|超级|挺)难受|压抑|憋屈|憋得慌"
    r"|(?:好烦|烦透了?)(?![^。！!?？]*?(?:(?:明天|今天|后天|听日|下周|下个月|月底|过几天|发工资|工资)[^。！!?？]{0,6}还|就还|还上|还清|借到|凑到|不够|没钱))"
    r"|烦得(?:要死|不行)"
    r"|没(?:有)?人(?:可以|能)?(?:说|倾诉|诉说)|(?:想|就想|只想)找(?:个)?人(?:说说|聊聊|倾诉|说说话|聊一聊)"
    r"|不敢(?:打开|看|点开|登录|登|上)(?:支付宝|借呗|花呗|app|手机|短信)|(?:一直|不停|反复|总是|老是)(?:地)?(?:看|刷|查看|拿起)(?:一下|一眼)?(?:手机|短信|支付宝|app)"
    r"|\b(?:(?:keep|kept|constantly|compulsively) (?:checking|refreshing|looking at)|no ?one to talk to|nobody to talk to"
    r"|need (?:someone|somebody) to talk to)\b")

# Pidgin English tells the body's signs with "dey"/"no fit": "my body dey shake", "I no fit sleep", "my
# chest dey pain me", "my heart dey beat fast" (the signs bot.routing_feelings._SIGNS lists in English).
PIDGIN_SIGNS = regex(
    r"\b(?:(?:body|hand|hands|leg|legs) (?:dey|don dey|just dey) (?:shake|tremble|weak)"
    r"|(?:i|me) (?:no|no dey|no fit|nor fit|no go fit|never) (?:sleep|chop|eat|rest)"
    r"|(?:head|chest|heart|belle|stomach) (?:dey|don dey|just dey) (?:pain|beat|turn|do me|hurt)\w*)\b")

# A reason for the feeling told in its own clause ("因为要考研了", "about my exam"): a feeling about something
# the message names is not shown to be about the debt by the feeling and "what now" alone.
# review77 §3: a reason told with after/in/before/since ("a mess after the breakup", "drowning in emails", "lost in
# this city") or in a clause of its own ("高考没考好", "考试没过", "失恋了") names what the feeling is about as well.
ABOUT_ELSE = regex(r"因为|为了|关于|考试|考研|高考|没考|挂科|面试|工作|作业|论文|股票|基金|分手|失恋|离婚|婚礼|比赛|球赛|输了"
                   r"|\b(?:about|because|over|for|of|with|after|in|before|since|exam\w*|job|interview)\b")

# The due date told as passed ("还款日过了", "the loan don pass due date"): lateness told, not a billing
# question, so the lexicon's bill concept it names is no matter a feeling's fear names (bot.routing_feelings._matters).
DUE_PASSED = regex(r"(?:还款日|到期日|最后还款日)(?:已经|都)?(?:过|超)(?:了|去)|过了(?:还款日|到期日|最后还款日)"
                   r"|\b(?:pass(?:ed)?|past|missed|miss|don pass|gone past|went past) (?:the |my )?due date\b")

# More of the body's signs (round 34, ans69): nights without sleep told in more words (睡不著 keeps its
# character after t2s: 著 is simplified too; 翻来覆去, 心惊肉跳, a stone on the chest, "haven't slept", "lying
# awake", Cantonese 瞓唔著) and the stomach that has hurt for days (胃疼了). Read only where bot.routing_feelings reads _SIGNS:
# beside a debt named, told of the writer, with no loan matter asked.
MORE_SIGNS = regex(
    r"睡不著|瞓(?:不|唔)(?:着|著|到)|(?:整晚|整夜|一夜|每晚|晚上)(?:整晚|整夜)?(?:都)?(?:睡不|没睡|失眠)|心惊肉跳|翻来覆去|辗转反侧|胃(?:疼|痛)了"
    r"|(?:胸口|心口|心里)(?:像|好像)?(?:压了|压着)(?:一)?块(?:大)?石头"
    r"|\b(?:haven ?t slept|have not slept|hasn ?t slept|not (?:been )?sleeping|can ?t get to sleep|couldn ?t sleep|keep waking up"
    r"|lying awake|lie awake|up all night|sleepless|insomnia|sick to my stomach)\b")

# Dread of the phone ringing, told beside fear in the same clause ("一听到手机响我就浑身发抖", "最怕电话铃声",
# "每次来电我都心惊肉跳", "every time the phone rings i panic", "I dread every call"): a sign of the fear, not a
# question about calls (the independent set read these as collection_process or declined them). The ringing
# alone ("电话一直响") is not dread: it needs a fear word beside it.
_NO_BREAK = r"[^，,。！？!?；;\s]"
RING_DREAD = regex(
    rf"(?:怕|害怕|不敢(?:接|看|听)?|吓|慌|心惊){_NO_BREAK}{{0,6}}?(?:电话|手机|铃声|来电){_NO_BREAK}{{0,3}}?(?:响|铃|震|声)"
    rf"|(?:电话|手机|铃声|来电){_NO_BREAK}{{0,4}}?(?:就|都|便){_NO_BREAK}{{0,4}}?(?:怕|慌|抖|心惊|心跳|紧张|吓|不敢|哆嗦|冒汗|出汗|心(?:里)?(?:一沉|一紧|一揪|咯噔|发毛)|咯噔|反胃|恶心)"
    r"|\b(?:phone|it) (?:rings|buzzes|vibrates|goes off|lights up)\b[^.,!?;]{0,30}\b(?:panic\w*|jump|shake|shaking|freeze|scared|terrified|dread|flinch|sick|anxious|nauseous"
    # (the heart or stomach told as the sign, cls240: "every time my phone rings my heart drops")
    r"|(?:heart|stomach) (?:\w+ )?(?:drops|stops|sinks|skips(?: a beat)?|races|pounds|jumps|lurches|turns|churns|knots))\b"
    r"|\b(?:panic\w*|jump|shake|shaking|freeze|flinch|dread|scared|terrified|afraid|sick|nauseous|(?:heart|stomach) (?:\w+ )?(?:drops|stops|sinks|skips|races|pounds|jumps|lurches|turns|churns|knots))\b[^.,!?;]{0,30}\b(?:phone|it) (?:rings|buzzes|vibrates|goes off|ringing|buzzing)\b"
    r"|\bdread (?:every|each|the|answering|picking up)(?: phone| the phone)? (?:calls?|phone)\b"
    r"|\b(?:scared|afraid|terrified) (?:of|to (?:answer|pick up|look at)) (?:my|the) phone\b")

__all__ = ["ABOUT_ELSE", "DUE_PASSED", "MORE_SIGNS", "PIDGIN_SIGNS", "RING_DREAD", "STATES", "WHAT_NOW"]
