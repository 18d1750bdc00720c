"""A place of danger or a means named in a short turn of no loan matter, read in the light of the conversation before
it (bot.continuity; moved out of it unchanged, split90): once the conversation has had a crisis reply, "我在桥上",
"the rope is ready" tell where the writer is or what they hold (safe24); once it has been about the debt, "I'm at the
top level of the carpark now" tells where the writer is (safe44). An everyday reason said with it (a chore, a meal, a
job, an outing) leaves the turn its own reading, unless an end is told too.

``MAX_INSISTING`` and ``LOAN_MATTER`` are the short turn and the loan words every after-safety reading of
bot.continuity shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .knowledge_types import OUT_OF_SCOPE
from .patterns import regex
from .questions import is_question
from .safety import CRISIS
from .safety.scenes import HIGH_ZH, METHOD_EN, METHOD_ZH, PLACE_EN, PLACE_ZH, WINDOW_EN

# (Family is no loan matter here: "我是认真的 对不起爸妈" insists; review11.)
LOAN_MATTER = regex(r"借呗|花呗|逾期|起诉|上门|征信|分期|延期|利息|罚息|催收|协商|还款|还钱|\b(jiebei|huabei|loan|sue|court|visit|credit|interest|collectors?)\b",
                     re.IGNORECASE)
MAX_INSISTING = 60  # characters: "I'm serious, I don't see the point anymore"; a new story is read as itself
# A place of danger or a means named, in a short turn of no loan matter ("我在桥上", "在楼顶", "the
# ledge", "the rope is ready"): alone, such a noun may be anything (a chore on a roof, a bridge toll),
# but once the conversation has had a crisis reply, at any turn before (``answered``, which
# Session.to_dict keeps, so a stored or client-held conversation keeps it too), it tells where the
# writer is or what they hold: the crisis reply again (safe24).
# (Not 窗边 alone, standing by a window, as the single-message cues leave it: safe22, review34.)
DANGER_SETTING = regex(rf"{PLACE_ZH}|{HIGH_ZH.replace('窗边|', '')}|{METHOD_ZH}|\b(?:{PLACE_EN}|{METHOD_EN})\b|\b{WINDOW_EN}\b", re.IGNORECASE)
# ...with the single-message cues' exceptions (review34): an everyday activity said with it, a chore, a meal, a job (a
# facility alone, "I'm at the bridge toll", stays: "我在楼顶晾衣服", "刚买了绳子晾衣服", "我在大桥收费站上班", "I'm on the roof fixing the antenna", "by the river now,
# having lunch"), unless a jump, a death or an end is told too. Not an outing of mood (吹风, 透气, a sunset): after a
# crisis reply those stay the crisis reply.
_EVERYDAY = regex(r"晾|晒|收衣服|修|钓鱼|游泳|冬泳|划船|吃饭|午饭|午餐|晚饭|早饭|早餐|吃(个|点)?(东西|面|午饭|晚饭)|上班|值班|干活|施工"
                  r"|送货|送外卖|跑外卖|送快递|拉货|摆摊|卖菜|卖水果|等车|通勤|上下班|遛狗|跑步|健身|浇水|安装"
                  r"|\b(?:laundry|fix\w*|repair\w*|install\w*|antenna|solar|clean\w*|fishing|lunch|dinner|breakfast|meal|eating|picnic|for work|at work"
                  r"|my job|my shift|deliver\w*|driver|jog\w*|walking the dog|commut\w*)\b",
                  re.IGNORECASE)
# (A means that harms by itself, not a rope for the washing: "cleaning my gun", "pills with lunch" stay the crisis reply.)
_ENDING = regex(r"跳|死|结束|了断|不想活|不回|最后|再见|永别|告别|农药|百草枯|敌敌畏|老鼠药|安眠药|药|刀片|煤气|炭"
                r"|\b(?:jump\w*|die|dying|dead|end it|kill\w*|goodbye|last|edge|let go|forever|for good"
                r"|gun|pills|tablets|meds|poison|pesticide|paraquat|bleach|antifreeze|noose|razor|blade|knife|charcoal)\b",
                re.IGNORECASE)


def danger_setting_after_crisis(text: str, answered: Sequence[str]) -> bool:
    """Whether a turn names a place of danger or a means, and nothing of a loan, in a conversation
    that has had a crisis reply (see DANGER_SETTING). ``text`` is simplified."""
    return CRISIS in answered and len(text) <= MAX_INSISTING and bool(DANGER_SETTING.search(text)) \
        and not LOAN_MATTER.search(text) and not (_EVERYDAY.search(text) and not _ENDING.search(text))


# A place of danger the writer says they are at now, in a short turn of no loan matter, once the conversation has been
# about the debt (a loan answer before, no crisis reply yet): "借呗起诉我了" then "I'm at the top level of the carpark
# now". Alone such a turn may be an outing (single-message cues leave the ambiguous ones: a platform, a car park's top
# deck, the river); after the writer's debt trouble it tells where they are (safe44). Heights named by their level
# count here too (top deck, level 12 — ten and up —, the top of the block; not a floor number alone, "我在18楼开会"). An
# everyday reason said with it (driving over the bridge, a rooftop bar with friends, laundry, fishing, a walk, a smoke)
# leaves the turn its own reading, unless an end is told too.
_HEIGHT = regex(rf"{PLACE_ZH.replace('海边|', '')}|窗台|站台|楼\S{{0,3}}顶上|顶层|最高(?:的|那)?\S{{0,3}}(?:楼|层)|栏杆|护栏"
                rf"|\b(?:{PLACE_EN.replace('balcony|', '')}|top (?:level|floor|deck|storey)|level [1-9][0-9]+|railing"
                r"|top of (?:the |my |a |this |our )?(?:[\w-]+ )?(?:block|building|tower|carpark|car park|multi-?stor[e]?y\w*|hdb|flats?|condo"
                r"|apartment|bridge|cliff|roof|stairs|stairwell))\b",
                re.IGNORECASE)
# (A balcony, a beach, a low level, the top of anything: somewhere of every day, unless the writer is there alone or
# tells an end with it: review62's "on the balcony now smoking", "at the top of the queue".)
_SOFT_PLACE = regex(r"阳台|海边|\b(?:balcony|beach|level [0-9]|top of)\b", re.IGNORECASE)
_ALONE = regex(r"一个人|独自|\b(?:alone|by myself|on my own)\b", re.IGNORECASE)
_HERE_NOW = regex(r"^\W*(?:我|人)?(?:现在|已经|正|此刻)?(?:一个人|独自)?(?:就)?(?:在|到|站在|坐在|蹲在|爬上|上了|来到)|(?:现在|此刻|已经)(?:就)?(?:在|到)"
                  r"|^\W*(?:(?:i'?m|i am|im|now|currently|right now)\s+)?(?:(?:standing|sitting|here|up|out)\s+)?(?:at|on|in)\b"
                  r"|\b(?:now|right now|currently)\b", re.IGNORECASE)
# (An outing of every day: a walk, a hike, a smoke, a call, traffic, the children, a garden, a queue, a parked car:
# review62's 11 false crisis replies.)
_OUTING = regex(r"开车|骑车|路过|回家|下班|开会|上课|办事|等人|买东西|逛|收费站|服务区|售票|朋友|聚会|酒吧|餐厅|饭店|咖啡|拍照|看风景"
                r"|散步|走路|步行|遛弯|爬山|登山|徒步|抽烟|抽根烟|吸烟|打电话|接电话|堵车|塞车|排队|带孩子|陪孩子|带娃|陪娃|带小孩|花园|浇花|找车|停车|度假|旅游"
                r"|\b(?:driv\w*|on my way|passing|bar|restaurant|cafe|with (?:friends|my \w+|colleagues|the kids|the children|the family)"
                r"|waiting for|photos?|view|sunset|toll\w*|booth|ticket\w*|walk(?:ing)?(?! (?:to|towards|up|onto|over|out)\b)|stroll\w*|to work|from work|to school|hik\w*|smok\w*|cigarette|on the phone|on a call"
                r"|traffic|jam|queue|in line|kids|children|garden|looking for (?:my |the )?(?:car|parking)|parking|cycl\w*|biking|holiday|vacation)\b",
                re.IGNORECASE)
_NOT_LOAN = ("greeting", "thanks", "goodbye", "capabilities", OUT_OF_SCOPE)


def loan_answered(answered: Sequence[str]) -> bool:
    """Whether a conversation has had a loan answer (a reply other than a greeting, thanks, a goodbye, what the bot
    can do, or a decline): the debt has been talked of (here and bot.crisis_open)."""
    return any(topic not in _NOT_LOAN for topic in answered)


def at_danger_after_loan(text: str, answered: Sequence[str]) -> bool:
    """Whether a short turn of no loan matter says the writer is at a place of danger now, in a conversation that
    has had a loan answer (see _HEIGHT). ``text`` is simplified."""
    place = bool(_HEIGHT.search(text)) or bool(_SOFT_PLACE.search(text) and (_ALONE.search(text) or _ENDING.search(text)))
    return loan_answered(answered) and len(text) <= MAX_INSISTING and place \
        and bool(_HERE_NOW.search(text)) and not LOAN_MATTER.search(text) and not is_question(text) \
        and not ((_EVERYDAY.search(text) or _OUTING.search(text)) and not _ENDING.search(text))


def everyday_there(text: str) -> bool:
    """Whether a turn (simplified) gives an everyday reason for being somewhere (a chore, a meal, work, an outing) and
    tells no end with it (see _EVERYDAY, _OUTING, _ENDING): bot.crisis_open leaves such a place and time alone."""
    return bool((_EVERYDAY.search(text) or _OUTING.search(text)) and not _ENDING.search(text))


__all__ = ["DANGER_SETTING", "everyday_there", "loan_answered", "LOAN_MATTER", "MAX_INSISTING", "at_danger_after_loan", "danger_setting_after_crisis"]
