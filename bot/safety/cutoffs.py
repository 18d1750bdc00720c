"""The writer's own future cut off before a near date, and stopping told as a resolution (edge107, issue 12, Round 80).

An independent set (blind19) missed crises with no word of dying, told by a horizon or a metaphor:

- **No future past a near date**: a loan question dismissed because the writer will not be there when it matters ("I
  won't be here on the 15th", "等不到20号了", "撑不到中秋", "活不到最后一期", "下个月的事跟我没关系了", "there won't be a
  next week for me", "反正以后我也用不着征信了"). horizons.py reads a future denied in general words and outlast.py a day
  named with "won't last until then"; this reads the writer not BEING there at a near date, and a loan's future
  dismissed. The everyday readings: money or a thing that will not last (工资撑不到月底), impatience for something good
  ("等不到明天了，今晚就要还掉", "can't wait until tomorrow"), a trip, a move, retiring or emigrating ("won't need credit
  again, I'm retiring").
- **Stopping told as a resolution or a metaphor**: "不打算再继续下去了" beside the debts, life as a joke or a play that
  should end, going somewhere for good where no call reaches, "I'm not carrying on", "no more me". A project, a job, a
  relationship, a game or a thesis that ends is the everyday reading; a joke about the writer's clumsiness has no end.

Every cue is additive (``hides=False``): its exceptions mean only "not THIS reading" and hide no other cue's crisis.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# --- not being there at a near date ---------------------------------------------------------------------------------
_NEAR_ZH = (r"(明天|明早|后天|[0-9一二三四五六七八九十]+号|[0-9一二三四五六七八九十]+日|下个?月|下周|下星期|月底|年底|周末|那天|那一天|还款日"
            r"|最后一期|下一期|第二期|过年|春节|中秋|国庆|元旦|端午|清明|生日|征信出\S{0,4}那天)")
# Whose it is: the writer (我/自己) or no one named (the clause starts with it); an adverb (估计, 可能) does not make a
# dog, a shop or a grandmother "me" (review105); money or a phone does not last ("工资撑不到月底"); not in a condition
# (如果/要是: a collector's demand).
_MINE_ZH = (r"(?:(?<![钱资电额款存粮米店司意车机])(?<!如果)(?<!要是)(?<!假如)(?<!万一)(?:^|\s|我|自己)"
            r"(?:应该|可能|估计|怕是|恐怕|肯定|真的|大概|知道|觉得|反正|根本|也|都|就|是|已经|实在){0,3})")
_NOT_THERE_ZH = (
    # 等不到20号了 / 撑不到中秋 / 活不到最后一期 (not impatience: "等不到明天了，今晚就要还掉" is read below)
    rf"{_MINE_ZH}(等|撑|熬|挺|活|坚持)不(到|过){_NEAR_ZH}",
    # 我连明天都不想等了 (the writer will not even wait for tomorrow; a purchase or a trip wanted now is read below)
    rf"(我|自己)?连{_NEAR_ZH}都不(想|愿意|打算)(再)?(等|过|熬|撑|活)了",
    # 到时候我已经走了 / 那天我人已经不在了
    rf"(到时候|到那天|那天|到那时|那时候|{_NEAR_ZH})\S{{0,2}}我(人)?(应该|可能|估计|早就|早|都|也)?(已经)?(不在了|走了|没了)",
    # 下个月的事跟我也没关系了 (the writer's own next month, not a job handed over)
    rf"{_NEAR_ZH}(的事|的账|的账单|的钱|的还款|以后的事)\S{{0,3}}(跟|和|与)我(也|都)?(没|没有)(关系|什么关系)了",
    # 反正以后我也用不着征信了 (a loan's future dismissed)
    r"(反正|算了|无所谓).{0,12}(以后|今后|往后|这辈子)?\S{0,4}(我)?(也|都)?(用不着|用不上|不需要|不会再用)(征信|信用|贷款|借呗|额度)了",
)
_NOT_THERE_EN = (
    # "I won't be here on the 15th", "I don't think I'll still be alive by then", "won't be here for the second one"
    # (not in a condition: "if I won't be around by the 15th with the money they'd come" is a collector's demand)
    r"(?<!\bif )(?<!\bif i )(?<!\bwhen )(?<!\bwhen i )(?<!\bunless )\b(i )?(wont|will not|am not going to|im not going to|dont think ill|do not think i will|doubt ill|doubt i will)"
    r" (even |still )?be (here|around|alive)\b (on|by|for|at|until|till|to see|when)\b(?!.{0,60}\b(because|due to)\b)",
    # (a reason AFTER the date is everyday, "…on the 8th because I'll be on a cruise"; one before it is not:
    # "booked nothing because there won't be a next week for me")
    # "there won't be a next week for me", "there's no long term for me"
    r"\b(there wont be|there will not be|there is no|theres no|there will be no|no) (a |any )?(next week|next month|next year|long term|later"
    r"|christmas|new year|next payment|next time|second payment) (for me|left for me)\b",
    # a loan's future dismissed by where the writer is going
    r"\bnot where (im|i am) going\b",
)
# Impatience for something good, a trip, a move, a job handed over: not the writer's own end. Read by structure first
# (review105): a question about paying or moving the date in the same sentence (the writer plans to be there), a reason
# or a purpose told beside the date (因为, 得去, 派我去, "because", "I'll be at sea"), a payment done or wanted now, or a
# collector's words reported. Money, a phone or a job LOST is crisis context, not an everyday reading (review105: 工资,
# 手机, 辞职 hid crises), so they are not here.
_PAY_ASKED_ZH = (r"(能|可以|可不可以|可唔可以|可否|能不能|会不会|會不會|行不行)\S{0,10}"
                 r"(还|還|扣|交|付|晚|迟|遲|延|提前|转|轉|处理|續|续)")  # (not 影响: asking what follows is no plan to pay)
_REASON_ZH = (r"因为|因為|为了|為了|得去|就得|派我|去\S{0,4}(出差|支援|培训|学习|上班)|请假|請假|出糧|出粮|发工资|发薪|工资\S{0,3}没(有)?发"
              r"|(今天|现在|馬上|马上|这周|明天|先|提前|早点)\S{0,2}(就)?(想|得|要)?(去)?(把|还|還|转|提|买|办|交|续)|催收\S{0,8}(说|講|讲)")
_EVERYDAY_ZH = (rf"{_PAY_ASKED_ZH}|{_REASON_ZH}|就要(把|去|还)|(老公|老婆|家里|爸|妈|别人|他|她|担保人)\S{{0,3}}(会|来|帮我)\S{{0,2}}还"
                r"|提前还|还掉|还清|结清|到货|开箱|见到|想见|期待|迫不及待|激动|开心|兴奋|好想"
                r"|出差|旅游|度假|出国|移民|定居|退休|搬|回老家|交接|调走|新工作|入职|余额|电量|没电|店|生意|公司|项目")
_PAY_ASKED_EN = (r"\b(can|could|may|will|would|should|do|does|is|am) (i|someone|somebody|my \w+|you|the app|it|they|jiebei|alipay)\b.{0,30}"
                 r"\b(pay\w*|repay\w*|defer\w*|delay\w*|charge\w*|debit\w*|deduct\w*|postpone\w*|late fee|move the)\b")
_REASON_EN = (r"\b((ill|i will|im going to) be (on a|on the|at (?!peace|rest)|away|working|travel\w*|abroad|back|in (a|the) (?!better))"
              r"|(collector\w*|agent|agency|they|he|she) (said|says|told me|threaten\w*))\b")
_EVERYDAY_EN = (rf"{_PAY_ASKED_EN}|{_REASON_EN}|\b(travel\w*|trip|abroad|away|out of town|business|visit\w*|flight|holiday|vacation|moving|move|emigrat\w*|retir\w*"
                r"|overseas|country|visa|new job|excited|cant wait|arrives?|bonus|paid|pay (it )?(in full|off|early|before|in advance)|battery|phone"
                r"|surgery|operation|hospital|appointment|wedding|funeral|exam|conference|shift|at my \w+s|pay (before|early|ahead|in advance))\b")
_EVERYDAY = regex(rf"{_EVERYDAY_ZH}|{_EVERYDAY_EN}")

# --- stopping told as a resolution or a metaphor ---------------------------------------------------------------------
_STOP_ZH = (
    # 我不打算再继续下去了: the writer (or no one) at the start of the clause, nothing carried on at its end (not
    # "这份工作我不打算继续下去了", not "和他的异地恋我不准备再继续下去了": a thing named before it is what stops)
    r"(?:^|\s)(?:因为|所以|反正|其实)?(?:我|我们|自己)?(?:决定|真的|已经|是|也|都|就|实在|真|应该){0,2}(不打算|不准备|决定不|不会|不想)(再)?(继续)?(往下)?(过|活|走)?下去了(?=\s|$)",
    # life as a joke or a play that should end ("这一生就是个笑话，是时候结束这个笑话了"); a life word is needed: "这个月
    # 过得就是一出闹剧，是时候结束这个闹剧了" is a month, not a life (review105)
    r"(人生|一生|一辈子|这辈子|活着|日子|这条命|我)\S{0,10}(笑话|闹剧|烂戏|一出戏|玩笑).{0,14}(该|是时候|得|要|总得|准备|打算)\S{0,4}(结束|落幕|散场|收场|结尾|谢幕)",
    # going somewhere for good, out of reach ("想去一个没有催收电话的地方，然后永远待在那里")
    r"(去|找)(一个|个)?\S{0,14}地方\S{0,10}(永远(待|呆|留|睡|安静|消失|不回来)|再也不回来|不再回来|永远不回来)",
)
# 是时候结束这个笑话了 alone is a month or a project as often as a life: read only when the message names a life
# (人生, 这辈子, 活着; review105: "这个月过得就是一出闹剧，是时候结束这个闹剧了" is a budget).
_END_THE_JOKE_ZH = r"(是时候|该)\S{0,2}(结束|落幕|收场|谢幕)(这个|这场|这出)(笑话|闹剧|烂戏|戏)"
_LIFE_ZH = regex(r"人生|一生|一辈子|这辈子|活着|这条命|活下去")
_STOP_EN = (
    # "all the loans stop with me, because I'm not carrying on" (not "not carrying on with the course")
    # (a life or everything named after it is still the writer stopping: "not carrying on with this life")
    r"\b(im|i am|i will|ill|i)( just)? (not|never|wont|will not|cant|cannot) (carrying on|carry on|going on|go on|keep going|continuing)"
    r"( with (this life|life|any\w*( of (it|this|them))?|every\w*|it all)| with .{1,30} or with any\w*( else)?)?$",
    # life as a bad joke, time for it to end
    r"\b(my )?life\b.{0,30}\b(joke|farce|bad movie|bad play|mistake)\b.{0,40}\b(time (for|to)|should end|end it|punchline|curtain|over with)\b",
    r"\bno more me$",  # (clause-final: "no more me paying for everyone's dinner" is a habit stopped)
    r"\bcheck\w* out of (this whole thing|all of this|everything|it all|life|this world|this life)\b",
    # (the writer goes: "my brother is going away somewhere warm for good" is a move)
    r"\b(im|i am|ill|i will|i want to|i wanna|i need to|i have to|i)( just| really| finally)? (go|going|gone|disappear\w*|leave|leaving) (somewhere|to a place|away)\b(?! to )(?! from (it|this|work|home|the))(?! for (a|the|two|three|some|\w+ (days|weeks|months)))\b.{0,60}\b(for good|forever|never (to )?come back|never coming back)\b",
)
_OTHER_ENDS = regex(r"项目|工作|这份|生意|店|感情|恋爱|关系|合作|学业|课|游戏|婚|比赛|电视剧|追剧|剧集|节目|电视|小说|钥匙|丢三落四"
                    r"|恋|退了|退掉|亏了|取消|注销|不做了|关店|转让"
                    r"|\b(course|job|project|relationship|game|thesis|degree|show|series|season|career|hotel|social media|moving|move|retreat"
                    r"|holiday|vacation|trip|week|month|next year|study|studies|visa|citizen\w*|retir\w*|emigrat\w*|abroad|class|lease"
                    r"|membership|subscription|renew\w*|plan|hustle|cancel\w*|lost money)\b")

CUTOFFS = (
    Cue("hopeless", any_of(*_NOT_THERE_ZH, *_NOT_THERE_EN), hides=False, unless=_EVERYDAY, unless_nearby=True, reach=True,
        aside_nearby=True),
    Cue("hopeless", any_of(*_STOP_ZH, *_STOP_EN), negatable=True, hides=False, unless=_OTHER_ENDS, unless_nearby=True,
        reach=True, aside_nearby=True),
    Cue("hopeless", any_of(_END_THE_JOKE_ZH), negatable=True, hides=False, requires=_LIFE_ZH),
)
