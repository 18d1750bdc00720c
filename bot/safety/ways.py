"""Indirect crises said in new ways (safe25, issue 12 round 19): the lead's probes and an independent set's
misses, one cue per mechanism, each naming the everyday reading it leaves alone.

- **A way of dying asked for by its speed or its pain** ("有没有什么办法能死得快一点", "求个快点死的法子",
  "how do I make it quick and painless", "fastest way to die"): not a faster repayment ("怎么能快一点还清"),
  a process moving faster ("审批走得快一点"), nor "make it quick" said of a payment or a call.
- **The last day in this world** ("今天是我在这世上的最后一天", "my last day on earth"): not a last day at work,
  of a grace period or of a promotion.
- **No tomorrow for oneself, set in time** ("我不会活到明天了", "看不到明天的太阳了", "这世上就没有我了", "I'm not going to see
  tomorrow", "I don't think I'll be alive by morning"): not tomorrow's meeting, a shift, a deadline or payday.
- **An attempt already made, told by how it failed** ("试过一次没死成", "I tried to hang myself but…",
  "I tried to end it on Sunday, it didn't work"): not an attempt to pay or to call.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# A repayment, a process or a talk: what "make it quick" and "last day" are said of in everyday life.
_LOAN_EN = (r"\b(pay\w*|repay\w*|loans?|debts?|transfer\w*|applica\w*|process\w*|call\w*|conversation|talk\w*|tell\w*|settle\w*"
            r"|meeting|forms?|procedure|refund\w*|jiebei|alipay|huabei|interview|exam|test|surgery|injection|shot|haircut|tattoo|move|moving)\b")
# Tomorrow's something: a meeting, a shift, a deadline (the day goes on, only the thing is missed).
_THING_EN = (r"(?!\s+(shift|meeting|class|lecture|appointment|deadline|train|flight|bus|payment|game|match|show|party|interview"
             r"|exam|test|session|call|lesson|service)\b)")
# Reaching a time alive ("see tomorrow", "live until morning", "be alive by morning", "last the night").
# Not "be here tomorrow" (a trip) nor "make it to the morning" (the bank's hours): only being alive then.
_REACH = (r"(see|make it to(?= (tomorrow|another day)\b)|live to see|live (until|till|to|through|past)|last (until|till|through)?|survive (until|till)?"
          r"|be alive (for|at|by|on|in|till|until)|wake up (to|on)?)")
_FOR_ME = r"(tomorrow|the morning|morning|sunrise|the sunrise|dawn|another day|the weekend|next week|the new year|christmas|my birthday|the night|tonight)"

WAYS = (
    # A way of dying asked for by its speed or its pain (zh). 走 only with pain words: 走得快一点 is walking.
    Cue("self_harm", any_of(
        r"(办法|方法|法子|招|方式|途径|怎么|怎样|如何|咋|哪种|什么)\S{0,8}(死|死掉|了结自己|结束自己|结束生命)(得|的)?(更|最)?(快|快点|快一点|快些|痛快|干脆|利索|不疼|不痛|没(有)?痛苦|不受罪|少受罪|安详)",
        r"(办法|方法|法子|招|方式|怎么|怎样|如何|咋|哪种)\S{0,8}走(得|的)(更|最)?(不疼|不痛|没(有)?痛苦|不受罪|少受罪|安详)",
        r"(快点|快一点|快些|痛快|干脆|不疼|不痛|没(有)?痛苦)(地|的)?(死|死掉|了结自己|结束自己|结束生命)(的)?(办法|方法|法子|方式|途径|招)",
        r"(死|自杀|了结自己|结束生命)(的)?(最快|最不痛|最不疼|最没(有)?痛苦|最干脆|最简单|最省事)(的)?(办法|方法|方式|法子|途径)"),
        # ...nor a pet's or someone else's end eased ("我的狗得了癌症，有什么办法能让它走得不痛苦一点"; review34)
        unless=regex(r"还清|还款|结清|还钱|还完|办完|批下来|到账|审批|流程|手续|它|狗|猫|宠物|兽医|仓鼠|兔子|鹦鹉|安乐死"
                     r"|让(他|她)|(奶奶|爷爷|外婆|外公|姥姥|姥爷|老人|病人|妈妈|爸爸|母亲|父亲)\S{0,6}(临终|病危|晚期|安宁)"), unless_nearby=True),
    # ...and in English: quick and painless, said of "it" (not of a payment or a call).
    Cue("self_harm", any_of(r"\b(how (do|can|could|would|should) i|how to|way to|help me) (just )?make it (quick|quicker|fast|painless|not hurt)\b"),
        # what "it" is may be named a clause later ("how do I make it quick, the transfer I mean")
        # ...nor of a pet's or someone else's end ("…for my dog, the vet says it's time", "…for my grandmother, she's in hospice")
        unless=regex(r"\b(repayment|payment|transfer|application|process|procedure|call|conversation|talk|form|refund|settlement|meeting|interview|exam|surgery|injection|haircut|tattoo)s?\b"
                     r"|\bfor (my|our|the|his|her|their) (\w+ )?(dog|cat|pet|puppy|kitten|horse|rabbit|bird|hamster|grand\w+|mother|father|mom|mum|dad|parents?|husband|wife|son|daughter|brother|sister|friend|patient)s?\b"
                     r"|\b(vet|hospice|euthanas\w*|put (him|her|it|them) down|put to sleep|palliative)\b")),
    Cue("self_harm", any_of(
        r"\b(fastest|surest|most painless|least painful|quickest|easiest) (way|method|means) (to|of) (die|dying|end (it|my life)|kill myself|go\b(?!\s+(?!(now|tonight|today|quietly|peacefully|painlessly|for good|forever)\b)\w))",
        r"\bhow (do|can|could) i die (faster|quicker|quickly|fast|painlessly|without pain)\b|\b(die|dying) (faster|quickly|painlessly)\b.{0,10}\b(how|way|method)\b"),
        unless=regex(_LOAN_EN), unless_nearby=True),
    # The last day in this world, and no tomorrow of one's own (zh).
    Cue("farewell", any_of(
        r"(这个|这)?(世上|世界上|人世|人间|世间|人世间|阳间)(的)?最后一(天|晚|夜|个晚上|个夜晚)|最后一(天|晚|夜)(在|留在|活在)(这个)?(世上|世界上|人间|人世)",
        r"(不会|不打算|不准备|没打算|不想)(再)?活(到|过)(明天|今晚|明早|天亮|下周|月底|下个月|过年|年底)",
        # the world without me from then on ("过了今天，这世上就没有我了"; not "这世上没有我办不成的事")
        r"(世上|世界上|人间|世间)(就|再|也)*(没有|没)我(了|这个人了?)(?!\S)"),
        unless=regex(r"天气|下雨|阴天|雾霾|出差|值班|夜班|加班|熬夜|通宵"), unless_nearby=True),
    # ...tomorrow's sun not to be seen: not when the message speaks of the weather anywhere ("看不到明天的太阳了，天气预报
    # 说明天下雨": the forecast sits in the next clause, out of the window's reach; safe28). A means, a plan or a
    # farewell told beside it is read by its own cue.
    Cue("farewell", any_of(
        r"(看不到|见不到|等不到|看不见)(明天|明早|后天|明年)的?(太阳|日出|天亮)|明天的太阳\S{0,4}(就)?(不看|看不到|见不到|不用看|不想看)"),
        unless=regex(r"天气|预报|下雨|有雨|阴天|多云|雾霾|下雪|台风|降温|阴雨|暴雨|雷阵雨|出差|值班|夜班|加班|熬夜|通宵")),
    # ...and in English: "I'm not going to see tomorrow", "not going to live until tomorrow", "my last day on earth".
    Cue("farewell", any_of(
        rf"\b(im|i am|i m) (not|never) (going to|gonna) {_REACH} ?{_FOR_ME}\b{_THING_EN}",
        rf"\bi (wont|will not|will never|am not going to) {_REACH} ?{_FOR_ME}\b{_THING_EN}",
        rf"\b(dont|do not) (think|expect) (ill|i will|i ll|to) {_REACH} ?{_FOR_ME}\b{_THING_EN}",
        r"\b(my )?(last|final) (day|night|morning|hours?) (on (this )?earth|alive|in this world)\b"
        # ...and of one's life, which the plan cue's "is the last day" no longer reads beside a grace period (safe28)
        r"|\b(the |my )?(last|final) (day|night|morning) of my life\b(?! (as|with|in|at|being) )"),
        # ...nor a challenge, a wedding's eve or a party ("last night on earth as a single man lol, wedding tomorrow"; review34)
        unless=regex(r"\b(trip|travel\w*|flight|abroad|holiday|vacation|night shift|working late|all nighter|offline|no signal|business|conference"
                     r"|challenge|trend|wedding|single (man|woman|guy|girl)|bachelor\w*|stag|hen (do|party)|party|tiktok)\b")),
    # A goodbye with all told to take care across a comma ("再见了，大家保重"), as 再见了大家 is in despair.py, and
    # with the same exception: a time to meet again set ("再见了，大家保重，明天见" ends a day).
    Cue("farewell", any_of(r"再见了?\W{1,3}(大家|各位|所有人|家人们|爸妈|爸|妈)(都)?(多|好好)?(保重|珍重)|(大家|各位|所有人)(都)?(多|好好)?(保重|珍重)\W{0,3}再见了"),
        unless=regex(r"^(?!.*(见不到|见不着|见不了|葬礼|最后|永别|不在了|下辈子|天堂|那边|来世|没有下次)).*"
                     r"(明天见|回头见|下次见|周[一二三四五六日天]见|下周见|下次再聊|改天见|晚点见|一会见|等会见)(?!不|面应该)")),
    # An attempt already made, told by how it failed (en; Chinese 上次没死成 is in acts.py EXTRA).
    Cue("self_harm", any_of(
        r"\b(i )?(tried|attempted|tried again) to (end it|end things|end my life|hang myself|kill myself|drown myself|overdose|take my (own )?life)\b",
        r"\b(the rope|the belt|it|the pills|the dose|my attempt) (broke|snapped|didnt work|did not work|wasnt enough|failed)\b.{0,40}\b(still here|woke up|survived|hospital)\b"
        r"|\b(survived|woke up after) (my|an|the) (attempt|overdose)\b"
        # ... or by having lived through it (mend53): "took the pills last night but survived it".
        # ("tried" bare, with only a time: "I tried the new diet and survived" is no attempt.)
        r"|\b((tried|attempted)( (it|once|twice|again|before))?( (last|this) (night|week|month|year)| in \w+| \w+ (days?|weeks?|months?|years?) ago)?,?"
        r"|(took (the|all the|all my|my) (pills|tablets)|overdosed|jumped|hanged myself|cut my wrists?)\b.{0,40})"
        r" (but|and|yet|somehow) (i )?(survived|didnt die|did not die)\b"),
        unless=regex(r"\b(tried|attempted) to end (it|things) (early|with)\b|\b(contract|subscription|membership|account|loan|debt|lease|relationship|marriage)\b"),
        unless_nearby=True),
    # Going to "another world", never being seen again, goodbye for ever, tonight as "the night", walking
    # into the water named before (lead s14, from review40's misses, which had got only the check-in line).
    # Not a game's or a film's other world, nor a trip or a move ("他们明天就见不到我了，我去外地出差"); a match
    # so cancelled sets aside only a window that says why (aside_nearby: the learned readers still read
    # the rest; safe29).
    Cue("farewell", any_of(
        r"(我|我要|我就|我该|我也该|该)(要)?(去|到)(另一个|另外一个|另一|那个)世界(了|去了)?",
        r"(明天|以后|从此|再也|永远)\S{0,4}(他们|你们|大家|家人|爸妈|谁)?(就|都|也)?(再也)?见不到我了"),
        unless=regex(r"游戏|副本|电影|小说|穿越|动漫|出差|旅游|出国|搬家|回老家|外地|打工|上班|换号|换手机"), aside_nearby=True),
    Cue("farewell", any_of(
        r"\b(bye|goodbye) (forever|for ever|for good)\b(?!\W{1,3}(to )?(my |the |these |all )?(jiebei|huabei|debts?|loans?|apps?|overdraft|bills?|credit cards?)\b)",
        r"\b(tonights|todays) the (night|day)\b",
        r"\b(river|lake|sea|water|reservoir|canal)\b.{0,60}\b(walk|step|jump|wade|go) (in|into it|into the water)\b(?! (for a swim|to swim|to fish))"),
        unless=regex(r"\b(game|movie|film|show|series|party|wedding|concert|match|trip|holiday|vacation|swim\w*|fishing|paddl\w*"
                     r"|pay\w*|repay\w*|clear\w*|settl\w*|paid)\b"), aside_nearby=True),
)


__all__ = ["WAYS"]
