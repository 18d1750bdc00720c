"""Crises told by quiet preparation, by a relative's veiled signs, or by what happens "after I'm gone" (safe47, issue 12
round 39).

An independent set missed crises whose every clause is everyday on its own: a subscription cancelled, a cat given
away, a job quit, a last bill paid. What makes them a crisis is the combination, so each kind is read as two axes that
must co-occur in the message, never as a sentence's shape:

- **The writer's quiet preparation**: an act that puts a life in order (cancelling plans and subscriptions, giving
  away a pet or belongings, quitting a job, returning borrowed things, paying a last bill, clearing one's accounts,
  affairs settled, letters written) AND a sign that there is no after (it won't be needed, nobody is left with it,
  nothing to tie me here, it will all be over after a named moment). Either alone is everyday ("cancelled my gym to
  save money", "once the loan is paid it's all over"). A finality said of the loan itself being repaid, or beside a
  new start, is no finality (read on the finality's own sentence).
- **A relative's veiled signs**, told by the worried writer: two different kinds among giving things away, saying
  goodbye or thanking everyone for the years, not eating, "they'd be better off without me" / being a burden,
  stopping medicine, going quiet (phone off, accounts deleted), a job quit. One sign is a sad day; two kinds is the
  pattern a helper is told to watch for. Each sign's everyday reading (a move, a trip, eating as usual) clears only
  that sign, in its own sentence. The crisis clauses name the relative, so others.helper_asking addresses the helper.
- **After I'm gone, who looks after them**: "我走了以后我妈怎么办", "what will happen to my mum after I'm gone", unless a
  trip is told in the same sentence ("我走了以后这几天猫拜托你们了，出差一周").
- **Not bearing it, leaving at a set time** ("我受不了了明天就走", "i cant take it anymore, tomorrow im gone"), unless a
  trip home, a move or a job is the leaving, in the same sentence.
- **Stones in the pockets by water**, and **"you are the last one I'll talk to"** (not "today" or "before bed").

All additive: a message these do not read is read by the other rules exactly as before.
"""

from __future__ import annotations

import re

from ..patterns import Prefilter, needs, regex
from .clauses import Clause, fold_clause, raw_sentences

# --- the writer's quiet preparation ---------------------------------------------------------------------------------
# Each kind of act that puts a life in order (two different kinds, or one with a strong finality: see quiet_signs).
_PREP: tuple[tuple[str, re.Pattern[str]], ...] = (
    # cancelling plans, memberships, a number or a lease
    ("cancel", regex(r"(?:退|取消|停|注销|解约|退订)(?:了|掉)?\S{0,6}(?:会员|订阅|健身卡|套餐|手机号|号码|房子|租)"
                     r"|(?:会员|订阅|健身卡|套餐|手机号|号码)\S{0,8}(?:都|全)?(?:退|取消|停|注销)|房子\S{0,2}退租|退租了|(?:该|能)(?:退|关|停|销)的\S{0,2}都(?:退|关|停|销)了|(?:手机号|号码|账户|账号|花呗|借呗|信用卡)\S{0,8}(?:都|也)?(?:销|关|停|注销)(?:了|掉)"
                     r"|\bcancel+ed\b|\b(?:ended|gave up) (?:my|the) (?:lease|tenancy|contract)\b")),
    # giving away a pet or belongings
    ("give", regex(r"(?:送|分|转|托付)(?:给|人|掉|走|晒|出去)|给了(?:邻居|朋友|室友|舍友|同事|亲戚|别人|人)|托付给|找了?个新主人|送的送|分给"
                   r"|\b(?:gave|give|giving|given) (?:away|all my|my \w+ to|\w+ (?:my|all my) )|\bgave my \w+(?: \w+)? to\b|\bhanded (?:over|out)\b"
                   r"|\bfound a new home for\b|\brehomed\b")),
    # a job quit
    ("quit", regex(r"辞职|工作\S{0,2}辞了|辞了工作|(?:工作|东西)\S{0,4}交接"
                   r"|\bquit my job\b|\b(?:handed in|submitted) my (?:notice|resignation)\b|\bresigned\b")),
    # borrowed things returned, a last bill paid ahead
    ("settle_up", regex(r"还回去|(?:一笔一笔|都|全)还清|交了一年|交到(?:月底|年底)|最后一期\S{0,2}(?:也)?还了|能还的\S{0,4}都还了"
                        r"|\breturn(?:ed|ing) (?:everything|everyones|all|people|my|his|her|the)\b|\bpaid (?:off )?(?:the|my) last\b"
                        r"|\ball (?:my |the )?bills (?:are )?paid\b|\bpaid (?:all|every)(?: of)? (?:my |the )?bills\b|\bpay finish\b|\bpaid off the small\b")),
    # accounts cleared, letters left, affairs settled
    ("affairs", regex(r"(?:朋友圈|微信|聊天记录|相册)\S{0,4}(?:清空|删)|删\S{0,4}(?:好友|联系人)|写在信里|信\S{0,4}放(?:在)?抽屉"
                      r"|(?:该交代的|后事|后面的(?:事|安排)|东西)\S{0,4}(?:都)?(?:交代|安排|准备|收拾)好|(?:安排|交代)好了|收拾得干干净净"
                      r"|\bdeleted (?:my|all my) \w+|\bsettled (?:everything|all|my affairs)\b|\baffairs (?:are )?in order\b"
                      r"|\bwrote down (?:all )?(?:the|my) passwords\b|\b(?:written|wrote) letters to\b|\bsorted (?:everything|my affairs)\b")),
)
# "I won't need it": everyday after one act ("cancelled netflix, don't need it"); a finality only after two kinds.
_WEAK_FINAL = regex(r"用不着了|用不上了|(?<!还)不需要了|\b(?:wont|will not|won t) need (?:any of )?(?:it|them|this|that|any)\b|\bno longer need\b")
_FINAL = regex(
    r"不会回来了|(?:没什么|没有|没啥|再也没有?)牵挂|没人(?:追|找|管)了|就没人追|免得以后?没人|没人替我|就都结束了"
    # an ending with nothing named (都/一切/什么都, and no object after it): "过完今晚一切都结束了", never "过完这个月就不用
    # 操心房租了" nor a bare "就结束了" after a deadline (mend63: review72 read a week's errands as an ending)
    r"|(?:过了|过完|等|熬过)\S{0,4}(?:这周|这个周末|这个星期|今晚|明天|这个月|周末)\S{0,4}(?:就|以后)?(?:都|什么都|一切都|一切就|全都)"
    r"(?:结束|不用\S{0,2}(?:操心|管|担心))(?:了|啦|吧)?(?=\s|$)"
    r"|(?:走了|不在了|死了)(?:以后|之后)\S{0,4}(?:还)?欠着?(?:谁|别人|人家)|一切都会结束|跟着我一起了结|也不打算找了|不会再麻烦|再也不用麻烦"
    r"|\bso (?:that )?(?:nobody|no one) (?:is left|has to|inherits|gets stuck|will have to)\b|\bnobody inherits\b"
    r"|\bno more problem for (?:anybody|anyone|everybody)\b|\bnone of (?:it|this) will be my problem\b"
    r"|\b(?:after|by|past) (?:tonight|tomorrow|this week|this weekend|the weekend|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r".{0,24}\b(?:(?:it|everything|itll|it ll)(?: will)? all be over|it(?: will)? (?:all )?end|it ends|everything (?:will )?ends?"
    r"|(?:no need|nobody needs|no one needs|dont need) to worry about me)\b"
    r"|\b(?:itll|it will|it ll) all be over\b|\bgoes away when i (?:do|go|die)\b|\bfinally get some peace\b"
    r"|\bnot planning to find anything\b|\bwont matter after\b")
# A finality said of the loan repaid or beside a new start (its own sentence): relief, not an ending.
# (还清 / 还完 only of the loan itself: "欠朋友的钱都还清了" is a preparation act, not relief.)
_RELIEF = regex(r"(?:借呗|花呗|网贷|贷款|债|这笔|最后一期|这个月)\S{0,8}(?:还清|还完)|(?:还清|还完)(?:了)?\S{0,2}(?:借呗|花呗|网贷|贷款)|上岸|重新开始|以后再也不(?:借|碰)|终于|移民|出国|搬家|搬去|新家|宿舍|考研|出差|旅游"
                r"|(?:借呗|花呗|贷款|网贷|债)\S{0,3}(?:就)?(?:结束|清了|两清)"
                r"|\b(?:loans?|debts?|jiebei|huabei|repayments?|payments?) (?:ends|is over|will end|will be over|is done|are done|is finished)\b"
                r"|\b(?:paid off|pay (?:it )?off|clear(?:ed)? (?:this|the) (?:loan|debt)|the (?:debt|loan) i mean|final payment|start saving"
                r"|new job|moving|trip|abroad|breathe)\b"
                # a named deadline or a new start beside the ending (mend63): a job begun, a wedding, exams, pay day, a
                # minimalist year; the ending then asked of something named ("…over, right?", "the audit I mean")
                r"|入职|新公司|新工作|结婚|期末|考完|考试|工资|极简|断舍离|上班"
                r"|\b(?:move|moved|relocat\w*|new (?:place|flat|home|house|role)|exams?|audit|rent|project|deadline|semester|term"
                r"|calls?|calling|wedding|i mean|minimalis\w*)\b|\bright\s*$")

# --- a relative's veiled signs (each kind: pattern, its everyday reading in the same sentence) ------------------------
_KIN = regex(r"(?<!其)(?:他|她)(?!们|人)|爸|妈|老公|老婆|丈夫|妻子|媳妇|哥|姐|弟|妹|儿子|女儿|爷爷|奶奶|外公|外婆|公公|婆婆|舅|叔|姑|姨|阿爸|阿妈|阿公|阿婆"
             r"|\b(?:my (?:\w+ )?(?:husband|wife|partner|mum|mom|mother|dad|father|brother|sister|son|daughter|grandma|grandpa"
             r"|grandmother|grandfather|uncle|aunt|cousin|friend)|our (?:mother|father|mum|mom|dad)|he|she|hes|shes)\b")
# (mend63, review72: 18 false helper replies) Three changes. "giving" is a relative giving away THEIR OWN belongings;
# money, a card, keys, a house or a company handed to the writer (the usual loan story: 妈把存款转给我还借呗) is a
# "transfer", which counts only beside a strong sign. "goodbye" is an ending said (告别, 下辈子, said goodbye to); everyday
# kindness (辛苦你了, 谢谢你这些年, 别为我操心, thank you for everything) is a weak "thanks". Not eating has its ordinary
# reasons (月子, 退休, 年纪大, illness, busy, a quarrel) in its own sentence.
_KIN_SIGNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    ("giving", regex(r"(?:(?:分|送)(?:了)?(?:给|人|晒)|给了(?:邻居|朋友|亲戚|同事|别人)|分晒)"
                     r"|\b(?:giving away|gave (?:away )?(?:his|her|all his|all her)|given (?:away |his |her )|share all (?:his|her) things"
                     r"|(?:posted|put) (?:his|her) \w+(?:s)? (?:adoption|up for adoption)|adoption ad)"),
     regex(r"搬|换了新|买了新|新家|住院|旧|捐|出国|婚礼|结婚|嫁妆|退休|\b(?:moving|move|moved|new one|bought|smaller flat|downsiz\w*"
           r"|old|charity|donat\w*|wedding|abroad|retir\w*)\b")),
    ("transfer", regex(r"(?:把|将)\S{1,10}(?:转|过户|交|留)给|存款\S{0,4}转|转给我"
                       r"|\b(?:transferred|gave|handed) (?:me |us )?(?:all )?(?:his|her) (?:savings|money|bank card|salary)\b"), None),
    ("entrust", regex(r"(?<!我把)(?<!我将)(?:孩子|女儿|儿子|猫|狗|宠物)\S{0,6}托付|托付\S{0,4}(?:孩子|女儿|儿子|猫|狗|宠物)"
                      r"|\basked (?:me|us|\w+) to (?:look after|take care of|raise) (?:his|her) (?:kids?|children|son|daughter|cat|dog)\b"),
     regex(r"出差|打工|上班|住院|旅游|出国|外地|几天|暑假|寒假|\b(?:trip|work|holiday|hospital|few days|abroad)\b")),
    ("goodbye", regex(r"道别|告别|挨个\S{0,6}(?:打电话|发消息)|下辈子|对不起(?:一切|所有人)|说这辈子|永别"
                      r"|\bsaid (?:his|her|their) goodbyes\b|\b(?:said|saying|says|keeps saying) goodbye to\b"),
     regex(r"出差|旅游|出国|回老家|回来|机场|车站|迷信|身体好|\b(?:trip|holiday|vacation|flight|airport|abroad|back (?:on|in|next))\b")),
    ("thanks", regex(r"谢谢(?:大家|你|你们|我|我们)?这些年|这些年辛苦|辛苦你了|以后别\S{0,3}(?:惦记|操心|管)|别为(?:我|她|他)操心"
                     r"|\bthank(?:ing|ed|s)? (?:you )?(?:me|us|everyone|(?:my|our) \w+ )?for (?:everything|all the years|being)\b"
                     r"|\bsorry for everything\b(?! (?:he|she|i|they|we) (?:put|did|caused|made|said))"),
     regex(r"出差|旅游|出国|回老家|机场|婚礼|结婚|退休|\b(?:trip|holiday|airport|wedding|retir\w*)\b")),
    ("not_eating", regex(r"不吃不喝|饭也不\S{0,3}吃|不怎么吃(?:饭|东西)?|吃得(?:很|好|特别)?少|不吃(?:饭|东西)|吃不下(?:饭|东西)?|(?:不|都不|唔)食(?:饭)?|冇食"
                         r"|(?:一口)?饭(?:都|也)?没(?:怎么)?吃|没怎么吃(?:饭|东西)?"
                         r"|\b(?:hasnt|has not|hasn t|not) (?:\w+ )?eaten|\b(?:barely eats|(?:doesnt|does not|isnt|not|stopped|hasnt been|hardly|dont) eat(?:ing)?(?: anything| anymore)?|no appetite)\b"),
     regex(r"照常|正常|胃口(?:还)?(?:好|不错)|减肥|月子|怀孕|孕吐|退休|年纪大|老了|住院|医院|生病|病了|感冒|发烧|牙疼|胃疼|胃病|体检|手术|忙|加班|气得|生气|生闷气|吵架"
               r"|\b(?:diet|fasting|busy|sick|ill|flu|stress\w*|surgery|hospital|dentist|pregnan\w*|tooth\w*)\b")),
    ("better_off", regex(r"(?:没有|没了|没)(?:他|她)\S{0,8}(?:更好|轻松|会好|好过|仲好)|(?:拖累|负累|累赘)|活着\S{0,3}拖累"
                         r"|\bbetter off without (?:him|her|me)\b|\b(?:tired of being|is|hes|shes|s|feels like|just|being) a burden\b"
                         r"|\bno worry about (?:am|him|her) again\b|\bwont have to worry about (?:him|her) (?:anymore|again)\b"),
     None),
    ("stopped_medicine", regex(r"停药|药也不吃了|不肯吃药|\bstopped (?:taking )?(?:his|her) (?:meds|medication|medicine|pills)\b"),
     regex(r"医生\S{0,4}(?:说|让|叫|同意)|遵医嘱|疗程|\b(?:doctor|course)\b")),
    ("gone_quiet", regex(r"关机|打不通|联系不上|不接电话|(?:一直|都)?不回(?:消息|信息|微信|电话)|清空朋友圈|\b(?:not picking (?:his |her )?phone|(?:doesnt|dont|wont) pick up|not answering|not (?:replying|responding)|hasnt (?:replied|answered)|deleted (?:his|her) \w+|phone (?:is |was )?off)\b"),
     regex(r"没电|开会|加班|信号|飞机|开车|揸车|骑车|上班|干活|因为|躲|换号|催收|\b(?:battery|meeting|signal|flight|driving|work|because|avoid\w*|dodg\w*|collectors?)\b")),
    ("job_quit", regex(r"(?:工作|工)\S{0,2}辞(?:了|埋|咗)|辞职了|\bquit (?:his|her) job\b"), regex(r"外卖|滴滴|新工作|找到|创业|考研|读书|因为|\b(?:new job|business|because|to (?:study|start|look after|care for))\b")),
)
# A sign alone or a pair of weak ones is a sad week; a strong sign with any other, or three weak kinds, is the pattern.
# Money, a card, keys: handed over, never a belonging given away (a "transfer"; a car given to a neighbour is one).
_ASSET = regex(r"钱|款|工资|年终奖|奖金|积蓄|卡|钥匙|信息|\b(?:money|savings|salary|card|keys)\b")
_STRONG_KINDS = {"giving", "goodbye", "better_off", "stopped_medicine", "entrust"}
# A story, a film or a drama's character is no relative (its own sentence; "savings book" is no story).
_FICTION = regex(r"小说|电视剧|电影|剧里|剧中|故事里|书里|动漫|漫画|作者"
                 r"|\b(?:novel|film|movie|drama|author|(?:in|read) (?:a|the|this) (?:book|story|show|series)|(?:tv|netflix) (?:show|series))\b")

# Signs that are everyday together (a job lost, a phone off to dodge the calls): one of the other kinds is needed too.
_WEAK_KINDS = {"gone_quiet", "job_quit"}

# --- after I'm gone, not bearing it and leaving, stones, the last talk -------------------------------------------------
_AFTER_ME = regex(
    r"(?:我|俺)(?:走了|不在了|死了|没了)(?:以后|之后|后)\S{0,14}(?:怎么办|咋办|谁(?:来)?(?:照顾|管|养)|靠谁|咋整)"
    r"|\bwhat (?:will|would|ll) (?:happen to|become of) (?:my|our) \w+ (?:after|when|once) (?:im|i am|i m|i ll be|ill be) gone\b"
    r"|\b(?:after|when|once) (?:im|i am|i m) gone\b.{0,30}\bwho (?:will|would|ll) (?:look after|take care of|care for)\b")
# (mend63) a transfer, a posting, graduate study, a move, leaving a company are ordinary goings too (review72: 调去北京)
_AWAY_A_WHILE = regex(r"出差|几天|一周|一个星期|旅游|回来|出国|留学|外地|打工|调去|调到|调职|调动|外派|派驻|读研|读书|上学|上大学|参军|当兵|入伍"
                      r"|离开(?:公司|单位|学校|这个群)|离职|辞职|搬"
                      r"|\b(?:trip|holiday|vacation|week|abroad|back|university|college|school|army|posting|posted|transfer\w*|moving|move|relocat\w*|study\w*)\b")
_LEAVING = regex(
    # (mend63) a space or a comma between the two halves ("我受不了了，明天就走") reads as the unpunctuated form; what
    # lies between is only 了/真的/我 (a thing named there, 受不了这个室友了, is what is left), and 走，去… is a trip
    r"(?:受不了|撑不住|撑不下去|熬不下去|扛不住|活不下去|顶不住)(?:了|啦|啊|呀|真的|实在|我|\s){0,4}(?:明天|今晚|今天|马上|过两天|后天)(?:就)?走(?:了|啦)?(?!\s?\S{0,3}(?:回|去|到))"
    r"|\b(?:cant|cannot|can t) (?:take|do) (?:it|this)(?: anymore)?\b.{0,10}\b(?:tomorrow|tonight) (?:im|i am|i m|ill be|i ll be) gone\b")
# The place left, named in the same sentence (mend63: 这破学校, 这城市, a hostel; going away to hide from the calls)
_ORDINARY_LEAVING = regex(r"回老家|回家|回去|打工|出差|辞职|离职|搬|工作|公司|老板|城市|学校|宿舍|单位|外地|躲|\b(?:home|job|work|city|company|flat|town"
                          r"|school|hostel|dorm|place|moving|hide)\b")
_STONES = regex(r"口袋\S{0,4}(?:装满|塞满|装了|塞了|放满)\S{0,4}石头|\bpockets? (?:full of|filled with|stuffed with|weighed down with) (?:stones|rocks)\b")
# Stones picked up on a beach, a child's collection: no means (read in the same sentence).
_PICKED = regex(r"捡|收集|孩子|小孩|贝壳|\b(?:kids?|child|son|daughter|collected|collecting|picked|beach|shells)\b")
_WATER = regex(r"江|河|湖|海|水|桥|\b(?:river|lake|sea|water|bridge|canal|pier)\b")
_LAST_TALK = regex(r"(?:你|您)(?:是|系|係)最后一个(?:跟|和|陪|听|同)我(?:说话|聊天|说过话|讲话|倾偈|倾计|讲嘢)|\byou(?:re| are) the last (?:one|person) i(?:ll| will)? (?:ever )?(?:talk|speak)(?:ing)? to\b")
# (mend63) the last of the day, or the last support agent willing to talk (客服): no last talk
_LAST_TALK_TODAY = regex(r"今天|今晚睡|睡前|睡觉|客服|人工|坐席|\b(?:today|before (?:bed|sleep)|tonight before|support|agent|customer service|hotline)\b")

# The kinds of preparation the message's sentences may hold, by the characters every match needs (all its sentences'
# characters together: a kind they cannot hold is not searched; speed only).
_PREP_POSSIBLE = Prefilter([(index, needs(pattern)) for index, (_, pattern) in enumerate(_PREP)])


def quiet_signs(message: str, clauses: list[Clause]) -> tuple[list[str], set[int]]:
    """The cue names (see the module doc) read in ``message``, and the clauses that carry them."""
    sentences = [fold_clause(part) for part in raw_sentences(message)]
    sentences = [text for text in sentences if text.strip()]
    names: list[str] = []
    found: list[str] = []  # the matched words, to mark their clauses

    prep = {kind: [m.group() for text in sentences for m in pattern.finditer(text)]
            for kind, pattern in map(_PREP.__getitem__, _PREP_POSSIBLE.possible(" ".join(sentences)))}
    prep = {kind: hits for kind, hits in prep.items() if hits}
    # (read only beside a preparation: alone, a final word is no sign)
    final = [m.group() for text in sentences if not _RELIEF.search(text) for m in _FINAL.finditer(text)] if prep else []
    if len(prep) >= 2:
        final += [m.group() for text in sentences if not _RELIEF.search(text) for m in _WEAK_FINAL.finditer(text)]
    if prep and final:
        names.append("prepared")
        found += [hit for hits in prep.values() for hit in hits] + final

    kinds: dict[str, list[str]] = {}
    for text in sentences:
        if not _KIN.search(text) or _FICTION.search(text):
            continue  # a sign is read in a sentence that names the relative (or says he or she), outside a story
        for kind, pattern, everyday in _KIN_SIGNS:
            if everyday is not None and everyday.search(text):
                continue
            kinds.setdefault(kind, []).extend(m.group() for m in pattern.finditer(text)
                                              if kind != "giving" or not _ASSET.search(text[max(0, m.start() - 8):m.start()]))
    kinds = {kind: hits for kind, hits in kinds.items() if hits}
    weak = set(kinds) - _STRONG_KINDS - {"transfer"}  # (a transfer to the writer counts only beside a strong sign)
    if (set(kinds) & _STRONG_KINDS and len(kinds) >= 2) or (len(weak) >= 3 and weak - _WEAK_KINDS):
        names.append("kin_signs")
        found += [hit for hits in kinds.values() for hit in hits]

    for name, pattern, everyday in (("after_me", _AFTER_ME, _AWAY_A_WHILE), ("leaving", _LEAVING, _ORDINARY_LEAVING),
                                    ("last_talk", _LAST_TALK, _LAST_TALK_TODAY)):
        # "after I'm gone" answered by the next sentence ("我走了以后这个群谁管？我下周离开公司"): that going is the trip
        hits = [m.group() for i, text in enumerate(sentences)
                if not everyday.search(text + (" " + sentences[i + 1] if name == "after_me" and i + 1 < len(sentences) else ""))
                for m in pattern.finditer(text)]
        if hits:
            names.append(name)
            found += hits
    folded = " ".join(sentences)
    if _WATER.search(folded) and (stones := [m.group() for text in sentences if not _PICKED.search(text) for m in _STONES.finditer(text)]):
        names.append("stones")
        found += stones

    marked = {i for i, clause in enumerate(clauses) for hit in found
              if clause.text and (hit in clause.text or clause.text in hit)}
    if found and not marked:  # a hit across two clauses: the clauses holding its start
        marked = {i for i, clause in enumerate(clauses) for hit in found if clause.text and hit[:4] in clause.text}
    return names, marked


__all__ = ["quiet_signs"]
