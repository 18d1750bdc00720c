"""Crises told by what the writer is doing or has readied, not by words of death (cues60, issue 12 round 51).

An independent set missed crises where the loan words in the same message pulled the reply to an account topic. Each
cue below reads one kind of act as two halves that must both be there, and names the everyday reading it leaves alone
on its own words (``near``, the window) or its own sentence (``reach``), never message-wide:

- **Sure of the debt before going**: whether the debt passes to the family on death, asked (``requires``), and the
  writer going once it is answered (走之前 / 再走 / 走得安心 / 离开前 / "before I go", "before I end things", "leave
  with no loose ends"). Not a trip ("before I go abroad", 出国走之前), not a relative's death asked calmly.
- **The phone about to be thrown away** (扔 / 丢 / 砸 / 掟 the phone, "toss my phone into the river") beside water or a
  height, or a cry for help, in the message (``requires``). Not an old phone replaced, nor one dropped by accident.
- **Self-condemnation and a bare plan**: "I deserve to suffer / whatever happens", 我该死 / 活该 / 报应 / 不配活
  (``requires``) and a plan with no object ("I know what I'm going to do tonight", "already decided how", 想好今晚怎么做了).
  Not a plan for a budget or a trip ("…怎么做预算", "planning a trip").
- **Drawn to the rails**: thinking about, staring at, standing by or walking to the tracks (铁轨 / 铁路 / 火车开过来的画面).
  Not living or working by them, a train taken, photographs.
- **Letters left and leaving tonight**: letters written or left (信写好了 / "letters for my parents are written") and a
  bare leaving tonight (今晚就走, "leaving tonight", "tonight is the night"). Not a letter to a landlord, an office or an
  employer, nor leaving FOR a place.
- **The debt soon not one's problem** (很快就不是我的问题了, "won't be my problem much longer", "soon won't matter to
  me"). Not the debt about to be repaid or paid by someone else.
"""

from __future__ import annotations

from ..patterns import regex
from .cue import Cue

# --- sure of the debt before going ----------------------------------------------------------------------------------
_DEATH_DEBT = regex(
    r"(?:死|去世|过世|离世|身故|人没了|不在了|走了以后|走了之后)\S{0,16}(?:还|债|借呗|家人|家属|家里|父母|爸妈|老婆|老公|孩子|儿子|女儿)"
    r"|(?:借呗|债|欠的钱|贷款)\S{0,12}(?:死|去世|过世|离世|身故|人没了)"
    r"|\b(?:die|dies|died|dead|death|pass away|passes away|gone)\b.{0,50}\b(?:debt|jiebei|loan|pay|family|parents|wife|husband|kids|inherit\w*)\b"
    r"|\b(?:debt|jiebei|loan)\b.{0,30}\b(?:die|dies|dead|death)\b")
_BEFORE_GOING = regex(
    r"(?<!出国)(?<!回国)(?<!出差)(?:走|离开)(?:之前|以前|前)|(?:再|就|安心|放心)(?:地)?走(?:了)?(?=\s|$)|走(?:得)?(?:也)?(?:安心|放心|踏实)|没(?:什么|有|啥)?牵挂"
    r"|\bbefore i (?:go|leave|end (?:it|things|this|my life)|check out)\b(?! (?:to|for|abroad|home|back|on|out|overseas|away|the|my|work)\b)"
    r"|\b(?:leave|go) (?:with )?no loose ends\b|\bso i can (?:go|leave) (?:in peace|with no loose ends|without (?:worry|guilt))\b")
_TRIP = regex(r"出国|回国|出差|旅游|回老家|搬家|上班|下班|留学|\b(?:abroad|overseas|trip|holiday|vacation|moving|work|bed|sleep)\b")

# --- the phone about to be thrown away ------------------------------------------------------------------------------
_PHONE_THROWN = regex(
    r"(?:要|就|准备|马上|等会|等下|待会|一会|等阵|然后)\S{0,3}(?:把)?(?:手机|部手机|电话)\S{0,4}(?:扔|丢|砸|掟|抛)"
    r"|(?:手机|部手机)\S{0,3}(?:等会|等下|待会|一会|等阵|马上|就要|准备|要)\S{0,3}(?:扔|丢|砸|掟|抛)"
    r"|(?:手机|部手机)\S{0,6}(?:扔|丢|砸|掟|抛)(?:进|落|到)\S{0,2}(?:水|江|河|湖|海)"
    r"|\b(?:about to|gonna|going to|will|then|next|soon) (?:\w+ )?(?:throw|toss|chuck|dump|smash|drop|fling)(?: away)? my phone\b(?! (?:in|into) (?:my|a|the|his|her) (?:bag|pocket|car|drawer|locker|backpack|purse|case))"
    r"|\bmy phone (?:goes|is going) (?:in|into) the (?:water|river|sea|lake|canal)\b|\bphone goes in(?:to)? the (?:water|river|sea|lake)\b")
_WATER_OR_HELP = regex(
    r"江|河|湖|海|桥|楼顶|天台|堤|水库|悬崖|崖边|救救我|帮帮我|救命|谁来|有冇人|有没有人"
    r"|\b(?:river|sea|lake|bridge|rooftop|roof|cliff|pier|water|canal|dam|help me|someone help|anyone help|please help|somebody help)\b")
_REPLACED = regex(r"旧手机|换(?:了)?新|新手机|坏了|碎屏|卡顿|\b(?:old phone|new phone|broken|cracked|upgrade\w*)\b")

# --- self-condemnation and a bare plan ------------------------------------------------------------------------------
_CONDEMNED = regex(
    r"我(?:真)?该死|(?:我)?活该(?!被罚|罚息|交|付)|报应|不配(?:活|当|做人)|罪有应得|该受(?:惩罚|罪)|没脸(?:活|见)"
    r"|\bi deserve (?:to (?:suffer(?! through| with| from)|die|be punished|rot|pay for (?:this|it)|lose everything|be dead|be gone)|whatever(?:s| is)? (?:happens|comes|coming)|this pain|all of this|nothing good|worse|punishment)\b"
    r"|\bi should be punished\b|\bnever forgive myself\b|\bi hate myself\b")
# A plan named in the same sentence: repaying, a budget, asking, borrowing no more ("想好怎么做了，先还借呗再还花呗",
# "i know what im going to do: pay the smallest debt first"): read in the plan's sentence only.
_PLAN_NAMED = regex(r"先还|再还|还款计划|分期|协商|预算|省钱|打工|戒|不乱借|不再借|以后不|申请|打电话"
                    r"|\b(?:pay (?:the|my|off|back|it|them)|paying|budget\w*|call\w*|negotiat\w*|sav(?:e|ing)|sell\w*|apply\w*|get a job|first|quit\w*|netflix|sleep\w*|movies?|games?|party|dinner|eat\w*|shopping)\b")
_BARE_PLAN = regex(
    r"(?:想好|决定|定好|打算好)(?:了)?(?:今晚|明天|今天|这周)?(?:要)?(?:怎么做|怎么办|怎么(?:结束|了断|走))(?:了)?(?=\s|$)"
    r"|\bi know what (?:im|i am|i m) (?:going to|gonna) do(?: tonight| now| this weekend| tomorrow)?(?!\s\w)"
    r"|\bi know what i (?:have|need) to do(?: tonight| now)?(?!\s\w)|\b(?:already )?(?:decided|picked|chosen|planned) (?:how|when|the (?:bridge|place|spot|day|date|time|way))\b"
    r"|\bi (?:have|ve got|got) a plan(?: for (?:tonight|this weekend|tomorrow))?(?!\s\w)|\b(?:tonight|this weekend) i(?:ll| will) do it\b|\bi(?:ll| will) do it tonight\b"
    r"|\bpunish myself\b")

# --- drawn to the rails ---------------------------------------------------------------------------------------------
_RAILS = regex(
    r"(?:铁轨|铁路|火车道|路轨|轨道|站台边|月台边)(?:边|旁|上)?\S{0,4}(?:站|坐|躺|发呆|徘徊|走来走去)\S{0,2}(?:一会|很久|半天|着|了很久|好久)"
    r"|(?:想着|盯着|看着|满脑子|脑子里(?:一直|全)?是|老想)\S{0,6}(?:铁轨|火车开过来|列车开过来|火车冲过来|卧轨)"
    r"|\b(?:keep|kept|keeps|always|been|cant stop) (?:thinking|staring|walking|standing|drawn)\b(?: \w+){0,2} (?:about|at|to|by|near|on) (?:the )?"
    r"(?:train |railway |rail )?(?:tracks|railway line|rail line|train line|platform edge|edge of the platform)\b"
    r"|\b(?:standing|stood|sitting|sat) (?:on|at|by|near) (?:the )?(?:edge of the platform|platform edge|tracks|railway line)\b")
_RAIL_EVERYDAY = regex(r"吵|窗|拍|摄影|散步|跑步|施工|检修|接人|等车|坐车|赶车|候车|晚点|\b(?:photo\w*|trainspott\w*|commut\w*|catch\w*|waiting for|late|delayed|work\w*|live|lives|window|loud|noise|noisy)\b")

# --- letters left and leaving tonight -------------------------------------------------------------------------------
_LETTERS = regex(r"信\S{0,4}(?:写好|放好|放在|留在|留给|写完)|(?:写好|写完|留)(?:了)?\S{0,8}信|\b(?:letters?|notes?)\b.{0,40}\b(?:written|done|left|ready|finished)\b"
                 r"|\b(?:wrote|written|left|finished) (?:a |the |my )?(?:\w+ )?(?:letters?|notes?)\b")
_LEAVING_TONIGHT = regex(
    r"(?:今晚|今夜|今天晚上)(?:就)?(?:走|离开)(?:了)?(?!\S{0,3}(?:去|到|回|搬))|(?:今晚|过了今晚)过后|过了今晚"
    r"|\b(?:im |i am |i m )?(?:leaving|going|gone) tonight\b(?! (?:for|to|at|on)\b)|\btonight is the night\b(?! (?:of|for)\b)")
_BUSINESS_LETTER = regex(r"房东|客服|平台|银行|公司|申请|申诉|辞职|简历|求职|面试|搬|\b(?:landlord|bank|cover|application|interview|job|resignation|alipay|platform"
                         r"|flight|train|bus|trip|moving|move)\b")

# --- the debt soon not one's problem --------------------------------------------------------------------------------
_NOT_MINE_SOON = regex(
    r"(?:很快|马上|快|不久|过几天|就要)(?:就)?(?:不是我的(?:事|问题)|跟我没(?:有)?关系|和我没(?:有)?关系|与我无关|不关我(?:的)?事)"
    r"|\b(?:soon|shortly)\b.{0,30}\b(?:not|wont|won t|will not) (?:be )?(?:my problem|matter to me|my concern)\b"
    r"|\b(?:wont|won t|will not) (?:be my problem|matter to me) (?:much longer|for long|soon)\b")
_REPAID_SOON = regex(r"还清|还完|结清|上岸|替我还|帮我还|转让|\b(?:paid off|paying (?:it )?off|pay (?:it )?off|repay\w*|settle\w*|cleared|will pay|are paying|insurance)\b")

ACTIONS = (
    Cue("sure_before_going", _BEFORE_GOING, requires=_DEATH_DEBT, near=_TRIP),
    Cue("phone_thrown", _PHONE_THROWN, requires=_WATER_OR_HELP, near=_REPLACED),
    Cue("condemned_plan", _BARE_PLAN, requires=_CONDEMNED, unless=_PLAN_NAMED, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("drawn_to_rails", _RAILS, negatable=True, near=_RAIL_EVERYDAY),
    Cue("letters_tonight", _LETTERS, requires=_LEAVING_TONIGHT, near=_BUSINESS_LETTER),
    Cue("not_mine_soon", _NOT_MINE_SOON, negatable=True, unless=_REPAID_SOON, unless_nearby=True, reach=True, aside_nearby=True),
)

__all__ = ["ACTIONS"]
