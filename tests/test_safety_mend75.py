"""mend75 (review88 of safe68): the English "suicidal attack/line/run/play" is the writer's crisis again (the sports
exception keeps only football-only words), and safe68's deed, trace and lie cues are narrowed to what they meant: the
writer deleted, a farewell for good, the writer's own or a made-up person's death, food stopped for no meal or diet, a
wish to be hit, not a near miss or a ride, a collector's lie, not a negation, help offered or lawful news. Each look-alike
beside the real crisis or abuse of its kind, with the same words (docs/safety.md, Round 56, "mend75")."""

from __future__ import annotations

import pytest

from bot import Engine
from safety_asserts import assert_abuse as _abuse, assert_no_alarm as _no_alarm, assert_writer_reply as _writer


# The writer's crisis: the sports exception no longer hides these, and each narrowed kind still reads its crisis.
@pytest.mark.parametrize("message", [
    "i had a suicidal attack last night after the collector called again",
    "my suicidal line of thought keeps coming back, i cant pay",
    "suicidal thoughts during the pass, i cant pay the loan",
    "想卸载自己 借呗逾期一年了",
    "wish a bus would just take me away, owe 60k",
    "today is my last day, thank you all and goodbye",
    "如果我死了 借呗家里要还吗 我决定了",
    "我撑不到还款日了 还什么借呗",
])
def test_the_writers_crisis_is_read(engine: Engine, message: str) -> None:
    _writer(engine, message)


# The look-alikes each narrowing is for: no alarm.
@pytest.mark.parametrize("message", [
    "前男友把我删除了 借呗还要还多少",
    "优酷会员我开了永久的那种 借呗能分期吗",
    "请你退出我的人生 借呗账单怎么查",
    "deleting myself from the class group, too noisy",
    "今天是最后一天了 谢谢提醒 我这就还",
    "我妈去世了 家里要还她的借呗吗 我想好了 我来还",
    "my grandpa passed away, do we need to pay his loan? ive decided we should pay",
    "吃饭没必要去那么贵的地方 省下来还借呗",
    "starving myself for dinner tonight lol",
    "骑车的时候心里想着事情差点被车撞了 吓死 借呗逾期怎么办",
    "hope the bus takes me to the mrt quickly",
    "thinking of driving into town to pay",
    "thinking of steering into the car wash before returning the rental, is that a fee with jiebei?",
    "充电宝撑不到晚上了 管它呢",
    "how many caps of softener is enough",
    "in the office by the window, i want to step out for some fresh air",
    "去年我出了车祸 保险理赔下来了 家里能帮我还借呗吗",
    "过完年我就走 回老家照顾我爸",
    "分手了 照片全删了 朋友圈也清空了 新的开始",
])
def test_the_look_alikes_are_no_alarm(engine: Engine, message: str) -> None:
    _no_alarm(engine, message)


# The same look-alike words beside a real crisis of the same kind: the crisis still wins.
@pytest.mark.parametrize("message", [
    "after that suicidal tackle i lost my bet, and now im having suicidal thoughts",
    "前男友把我删除了 我也想把自己卸载了",
    "今天是最后一天了 谢谢你 对不起爸妈 永别了",
    "我爸去世了 借呗家里要还吗 如果我死了 我妈也要还吗 我决定了",
    "吃饭没必要了 我决定不吃饭了 反正活着也是还债",
    "差点被车撞了 下次真希望有辆车把我撞死",
    "hope the bus takes me to the bridge, then i want to step off",
    "充电宝撑不到晚上了 我也撑不到还款日了 还什么借呗",
    "分手了 照片全删了 朋友圈也清空了 不想给任何人留下什么 我不想活了",
])
def test_the_look_alike_words_beside_a_crisis_keep_the_crisis(engine: Engine, message: str) -> None:
    _writer(engine, message)


# lies.py: a collector's lie is abuse; a negation, help offered or lawful news is not.
@pytest.mark.parametrize("message", [
    "催收说你不还贷款就把你社保停了",
    "催收骂我是残疾 说残疾还借什么钱",
    "催收说不还就把你奶奶的房子拍卖",
])
def test_a_collectors_lie_is_abuse(engine: Engine, message: str) -> None:
    _abuse(engine, message)


@pytest.mark.parametrize("message", [
    "我问了客服 对方说逾期不会影响社保也不会停掉",
    "那边人事跟我说离职后社保就停了 借呗还款怎么办",
    "催收员说我是残疾可以申请困难减免 这个是真的吗",
    "they call me daily tho im disabled, can i ask for a hardship plan",
    "对方跟我说 我爸那套老房子可能要拍卖 因为他自己欠了银行房贷",
])
def test_negation_help_or_lawful_news_is_not_abuse(engine: Engine, message: str) -> None:
    _no_alarm(engine, message)
