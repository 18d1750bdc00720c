"""Farewells with no method word (safe43, issue 12 round 35; beside farewells.py).

- **Affairs handed over in a letter**: the bank passwords or PINs left in a letter or envelope for someone (English;
  the Chinese "留了封信，密码都写好了" was read already). A note to remember one's own passwords is no letter left.
- **A last call the other does not know is the last** ("she didn't know it was the last time she'd hear me").
- **The last one the lender chases**: "我应该是你们要催的最后一个人了", "sorry to be the last customer your app will ever
  chase"; a loan repaid beside the words ("I'm the last person you need to chase, I paid yesterday") is left.
- **Joining a relative who has died**: "想去找我去世的外婆了", "我想去陪她了" after 奶奶走了 (her, of a woman; him, of a
  man: "奶奶走了，爷爷一个人在家，我想去陪他" is a visit to the living), "she said she'd wait for me over there";
  "I want to be with my late grandma", "going to join him soon" where the message says he died.

All additive (``hides=False``), negatable, with the everyday reading read on the matched words.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .scenes import KIN_DIED_EN, REPAID

_GONE_ZH = r"(去世|过世|死去|走了|已故|病逝|离世|不在了)"
_SHE_ZH = r"奶奶|外婆|姥姥|妈妈|妈|母亲|姐姐|姐|妹妹|老婆|妻子|女儿"
_HE_ZH = r"爷爷|外公|姥爷|爸爸|爸|父亲|哥哥|哥|弟弟|老公|丈夫|儿子"
# Between the death told and "去陪她", no one living who is alone and would be visited ("奶奶去世了，妈妈一个人在家，我想去陪她").
_NO_OTHER = rf"(?:(?!一个人|在家|孤单|照顾|住院|{_SHE_ZH}|{_HE_ZH}).){{0,24}}"
# Rites and a stay for a while: a funeral, a grave, the last look, a few days with the bereaved ("我想去陪她几天",
# "去见她最后一面", "清明想去见我去世的奶奶，扫墓那天…"). 见 is no joining at all (a visit, a last look).
_RITE = (r"清明|扫墓|上坟|祭拜|坟|墓|葬礼|追悼|遗体|遗容|最后一面|最后一程|守灵|奔丧|几天|一下|一阵|一段时间|一晚|两天|几晚|后事"
         r"|说说话|说会儿话|聊聊|带点|带上|烧纸|上香|磕头")  # (a talk at the grave, her favourite food brought: review61)
# A festival of remembrance right before the wish ("今年过年想去找我过世的外婆说说话").
_NOT_AT_FESTIVAL = r"(?<!过年)(?<!春节)(?<!清明)(?<!中秋)(?<!冬至)(?<!忌日)(?<!除夕)"
# Someone else's relative ("我朋友的妈妈走了"): the one to be kept company is the friend.
_NOT_THEIRS = r"(?<!朋友的)(?<!同事的)(?<!同学的)(?<!闺蜜的)(?<!室友的)(?<!邻居的)(?<!老板的)(?<!领导的)"
_EN_ELDER = r"grandma|grandmother|grandpa|grandfather|granny|grandad|grandpa|mum|mom|mother|dad|father|husband|wife|brother|sister|son|daughter"

PARTINGS = (
    Cue("farewell", any_of(
        # Passwords left in a letter for someone.
        r"\b(letter|note|envelope)s?\b.{0,40}\b(passwords?|pins?|pin numbers?|bank details|account details)\b.{0,40}\b(for|to) (my|her|his|the) \w+"
        r"|\b(left|wrote|writing|write|leave|leaving|put|sealed)\b.{0,30}\b(passwords?|pins?|bank details)\b.{0,20}\b(in|into|inside) (a|an|the|my) (letter|note|envelope)\b"
        r"|\b(letter|note|envelope) (for|to) (my|her|his) \w+ with (all )?(my )?(the )?(bank )?(passwords?|pins?)\b",
        # A last call the other does not know is the last.
        r"\b(she|he|they|mum|mom|dad|my \w+) (didnt|doesnt|did not|does not|wont|will not) know (it was|this was|it is|this is|it ll be|itll be|that was|that it was) (the|my|our) last (call|chat|talk|goodbye|hug)\b(?! (for|before|to|of|at|on)\b)"
        r"|\b(she|he|they|mum|mom|dad|my \w+) (didnt|doesnt|did not|does not|wont|will not) know (it was|this was|it is|this is|it ll be|itll be|that was|that it was) the last time\b"
        r"(?=$| (she|he|they|we|shed|hed|theyd|wed|shell|hell|theyll)( would| will| d| ll)?( ever)? (hear|see|talk|speak|hug|call)\b| (and|but|so)\b)"
        r"|\blast time (she|he|they)( will|ll)? (ever )?hear (from me|my voice|me)\b",
        # The last one the lender chases.
        # (told, not asked: "是不是你们要催的最后一个人就是我了", "我是你们催的最后一个客户吗"; review61)
        r"(?<!是不)(?<!是否)(?<!难道)(?<!是不是我)(?<!是否我)(应该|大概|就|也许)?是你们\S{0,8}(要|需要|能)?催的最后一(个|位)(人|客户)?(?!\S{0,8}[吗么嘛])"
        r"|(?<!是不)(?<!是否)(?<!难道)(?<!是不是我)(?<!是否我)是你们\S{0,6}最后一(次|个|位)(要)?催的(人|客户)(?!\S{0,8}[吗么嘛])"
        r"|\b(the )?last (customer|person|one|borrower|debtor) (your|you|this|the) (app|company|lender|guys|people)?\s?(will |ll )?(ever )?(have to |need to |get to )?chase\b"),
        negatable=True, hides=False, unless=regex(rf"{REPAID}|\b(paid (it|everything|all|yesterday|today|off|in full|up)|settled|cleared|remember|forget|password manager)\b"),
        unless_nearby=True, reach=True, aside_nearby=True),
    # Joining a relative who has died.
    Cue("farewell", any_of(
        rf"{_NOT_AT_FESTIVAL}(想|要|打算|准备|该|就)\S{{0,3}}去(陪|找)(我)?(那)?(已经)?{_GONE_ZH}(了)?的({_SHE_ZH}|{_HE_ZH})(?!的|留|生前|墓|坟|遗)(?!.{{0,12}}({_RITE}))",
        rf"{_NOT_THEIRS}({_SHE_ZH}){_GONE_ZH}{_NO_OTHER}(我)?(想|要|打算|准备|该|也)\S{{0,3}}去(陪|找)(她)(了|吧|去)?(?!\S{{0,3}}(的|家|坟|墓|扫|上香))(?!.{{0,12}}({_RITE}))",
        rf"{_NOT_THEIRS}({_HE_ZH}){_GONE_ZH}{_NO_OTHER}(我)?(想|要|打算|准备|该|也)\S{{0,3}}去(陪|找)(他)(了|吧|去)?(?!\S{{0,3}}(的|家|坟|墓|扫|上香))(?!.{{0,12}}({_RITE}))",
        rf"({_SHE_ZH}|{_HE_ZH}).{{0,16}}(她|他)\S{{0,4}}在那边等(着)?我",
        rf"\b(join|be with) (my )?(late|dead|deceased) ({_EN_ELDER})\b",
        r"\b(going to|gonna|want to|wanna|will|ll|ready to) join (him|her|them) (soon|tonight|now|up there|in heaven|there|on the other side)\b",
        r"\b(no|there s no|theres no|there is no) (debt|debts|loans?|collectors?) where (he|she|they) (is|are)\b"),
        negatable=True, hides=False, requires=regex(rf"{_GONE_ZH}|{KIN_DIED_EN}|\bmiss (my )?({_EN_ELDER})\b")),  # a death told, not 那边 (review61)
)
