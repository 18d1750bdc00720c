"""ans9's new-user probe: 70 single questions and 12 conversations, written for this probe.

Run from the worktree: PYTHONPATH=$PWD python docs/answers_probe9.py > /tmp/probe9.txt
It prints every reply in full; the judgement of each is in docs/answers_probe9.md.
"""
from __future__ import annotations

import sys

from bot import Engine

SINGLES = [
    # older people, traditional characters, full-width digits
    "我今年６８岁了，借呗欠了３０００块还不上，会不会抓我去坐牢",
    "老人家借唄逾期兩個月，會不會寄律師信到我家",
    "我七十多了，借呗的钱是我孙子用我名字借的，现在逾期了，我要负责吗",
    "我是退休的，借呗逾期会不会扣我的退休金",
    "借呗逾期了，社保卡会不会被冻结",
    # students
    "我是大学生，借呗逾期会通知学校吗",
    "学生借呗逾期，毕业证会不会拿不到",
    "借呗逾期会影响我考公务员吗",
    "借呗逾期了会不会影响我出国留学签证",
    "大二，借呗欠了8千，逾期20天，会被起诉吗",
    # spouse / partner
    "我老公借呗逾期了，会不会影响我的征信",
    "老婆瞒着我借了借呗，现在逾期了，我需要替她还吗",
    "我男朋友借呗逾期，催收会不会打给我",
    "离婚了，前妻的借呗逾期跟我有关系吗",
    # several lenders
    "我借呗、花呗、微粒贷都逾期了，先还哪个",
    "借呗和白条都逾期了，白条会上门吗",
    "我在京东白条和借呗都逾期了，现在还不上，白条会上门吗",
    "网贷欠了五六家，借呗是其中一家，会不会一起起诉我",
    "美团月付逾期会上门吗",
    "微粒贷逾期了会打电话给家人吗",
    # already paid
    "借呗逾期的钱我已经全部还清了，征信多久能恢复",
    "我还完了借呗，还能再借吗",
    "已经还了一半了，剩下的会不会还被起诉",
    "还清以后催收还一直打电话怎么办",
    # conditions / figures the article does not give
    "如果我先还一半，他们还会起诉吗",
    "如果我出国了不回来，借呗逾期会怎么样",
    "逾期多少天会上征信",
    "借呗的违约金是多少",
    "逾期一年了，利息会翻倍吗",
    "借呗欠5万，逾期3个月，会被判刑吗",
    "借呗能不能只还本金不还利息",
    "借呗可以申请停息挂账吗",
    "借呗逾期，支付宝余额会被划走吗",
    "银行卡会不会被冻结",
    "借呗逾期会影响孩子上学吗",
    "会不会把我的照片发到朋友圈",
    "逾期了会被列入失信被执行人吗",
    "借呗逾期能坐高铁吗",
    "借呗逾期会不会上门到我公司",
    "借吧逾其了会不会找到我老家去",
    # English, some non-native
    "If I pay half of my Jiebei now, will they still sue me?",
    "I am moving abroad next month, what happens to my Jiebei debt?",
    "How many days overdue before it goes on my credit report?",
    "What is the penalty rate for late Jiebei payment?",
    "Can Jiebei put me in jail for 5000 yuan?",
    "My husband is late on Jiebei. Will it hurt my credit?",
    "I already paid everything back, when will my credit recover?",
    "I owe Jiebei, Huabei and a bank credit card. Which should I pay first?",
    "Will my JD Baitiao lender come to my house?",
    "my son use my alipay account borrow jiebei, now overdue, i am 70 years old, what i do",
    "i am student, jiebei late 2 month, they will tell my university?",
    "Will they take money from my bank account automatically?",
    "Can they stop me from leaving China if I owe Jiebei?",
    "Will overdue Jiebei affect my children's school?",
    "Will they post my photo on social media?",
    "Do they charge compound interest on overdue Jiebei?",
    "Can I negotiate to pay only the principal?",
    "I have paid half. Will the collection calls stop?",
    "will jiebei visit my home town if i owe 2000",
    "Is it true they send people to your village?",
    # mixed
    "借呗 overdue 3 months, will they sue me?",
    "my 借呗 is late, will 催收 call my parents?",
    "Huabei逾期了会不会上征信",
    "借呗 late 1 week 会不会 affect my 芝麻分",
    "I owe 白条 and 借呗, will 白条 come to my home?",
    "借呗逾期了，公积金贷款还能批吗",
    "借呗逾期了会影响我买房贷款吗",
    "借呗逾期后，我的微信支付会被封吗",
    "借呗逾期会不会通知我的通讯录所有人",
    "逾期了三天，算不算严重",
]

CONVERSATIONS = [
    ["借呗逾期两个月了", "会起诉吗", "如果我先还一半呢", "那会上门吗"],
    ["我妈妈借呗逾期了", "会打电话给我吗", "会影响我的征信吗"],
    ["I owe Jiebei 20000, 4 months late", "will they come to my home?", "what if I move to another city?", "and court?"],
    ["我借呗花呗都逾期了", "花呗会起诉吗", "借呗呢", "先还哪个"],
    ["借呗已经还清了", "征信什么时候恢复", "还会有催收电话吗"],
    ["my wife owes jiebei", "will they call me", "can they take my salary?", "thanks"],
    ["逾期半年了，欠三万", "会坐牢吗", "会不会连累孩子", "怎么跟他们谈"],
    ["白条逾期了会上门吗", "那借呗呢", "用英文"],
    ["I am 65, my Jiebei is overdue", "will it affect my pension?", "what should I do?"],
    ["借呗逾期会影响征信吗", "多久能消", "如果我还清了呢", "详细点"],
    ["我欠了好几家网贷", "借呗会上门吗", "其他几家呢"],
    ["how do i talk to jiebei about paying later", "which number should i call", "what if they say no?", "ok thank you"],
]


def show(label: str, text: str) -> None:
    print(f"### {label}")
    print(text)
    print()


def main() -> int:
    engine = Engine.load()
    for number, question in enumerate(SINGLES, 1):
        reply = engine.ask(question)
        show(f"S{number} [{reply.topic} {','.join(reply.topics)}] {question}", reply.text)
    for number, turns in enumerate(CONVERSATIONS, 1):
        session = engine.session()
        for turn, question in enumerate(turns, 1):
            reply = session.ask(question)
            show(f"C{number}.{turn} [{reply.topic}] {question}", reply.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
