"""The loan products borrowers name, what the answer calls each, and which are Alipay's own.

Only 借呗 and 花呗 are Alipay's own products (served by Alipay customer service, 95188); for
every other lender the answer points to that lender's own official service. Where a message names
them: bot.product_mentions; which it owes: bot.product_owed; which it asks about: bot.product_asked.
"""

from __future__ import annotations

# (id, the ways borrowers write it, after normalisation); the earliest one in a message wins.
PRODUCTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("huabei", ("花呗", "huabei")),
    ("jiebei", ("借呗", "jiebei")),
    ("weilidai", ("微粒贷", "weilidai", "webank", "weloan")),  # (WeLoan: its English name; user61)
    ("jd_baitiao", ("京东白条", "白条", "baitiao", "jd iou")),
    ("jd_jintiao", ("京东金条", "金条", "jintiao")),
    ("meituan", ("美团月付", "美团借钱", "美团生活费", "美团", "meituan")),
    ("douyin", ("抖音月付", "放心借", "douyin")),
    ("jietiao360", ("360借条", "借条360", "360 jietiao")),
    ("fenqile", ("分期乐", "fenqile")),
    ("duxiaoman", ("度小满", "有钱花", "duxiaoman")),
    ("zhaolian", ("招联金融", "招联好期贷", "招联", "zhaolian")),
    ("mybank", ("网商贷", "网商银行", "mybank")),
    # Other lenders borrowers name (probe13: "拍拍贷逾期会被拘留吗" was answered with 95188, Alipay's
    # number, as if 借呗): each is its own lender, with its own official service. Only names that
    # say nothing else in a sentence (not 还呗 or 省呗: "先还呗"; not 拿去花: "拿去花了").
    ("paipaidai", ("拍拍贷", "paipaidai")),
    ("anyihua", ("安逸花", "马上消费金融", "anyihua")),
    ("pingan_puhui", ("平安普惠", "pingan puhui")),
    ("home_credit", ("捷信", "homecredit")),  # (not "home credit": "…my home? Credit score…")
    ("yirendai", ("宜人贷", "yirendai")),
    ("xiaoying", ("小赢卡贷",)),  # (not "xiaoying": a given name too)
    ("niwodai", ("你我贷", "niwodai")),
    ("yangqianguan", ("洋钱罐", "yangqianguan")),
    ("suning", ("任性付", "苏宁金融", "renxingfu")),
    ("vip_hua", ("唯品花", "weipinhua")),
    ("laifenqi", ("来分期", "laifenqi")),
    # Pinduoduo's pay-later (cls252: its overdue questions got Jiebei's answer and 95188). Not the shop's bare name: "我在拼多多
    # 买东西用的花呗" is about 花呗.
    ("pinduoduo", ("拼多多先用后付", "拼多多的先用后付", "多多先用后付", "拼多多月付", "pinduoduo pay later", "pinduoduo s pay later",
                   "pinduoduo paylater", "pdd pay later")),
    # Named lenders outside China's big platforms that borrowers abroad name (user61 #7; eng64); and WeChat's 分付.
    ("wechat_fenfu", ("微信分付", "分付", "wechat pay later", "fenfu")),
    ("bnpl_abroad", ("klarna", "afterpay", "atome", "kredivo", "akulaku", "spaylater", "grabpay later", "grab paylater",
                     "home credit loan", "cashline")),
    # Kinds of loan, not a product's name: each is its lender's, never Alipay's (房贷逾期 is a mortgage owed now).
    ("mortgage", ("房贷", "按揭", "住房贷款", "mortgage", "home loan", "housing loan")),
    ("car_loan", ("车贷", "汽车贷款", "car loan", "auto loan")),
    ("loan_shark", ("高利贷", "loan shark", "loan sharks", "ah long")),
    ("credit_card", ("信用卡", "credit card")),
    ("bank_loan", ("银行贷款", "银行的贷款", "bank loan")),
    ("online_loan", ("网贷", "网络贷款", "贷款app", "小贷", "online loan", "loan app", "payday loan",
                     # the other lenders of one who owes several ("其他几家呢": ans9), not a new name
                     # (not 别的平台/其他平台: "别的平台没还钱…还不给用花呗" is about 花呗)
                     "其他几家", "其它几家", "另外几家", "别的几家",
                     "other lenders", "the other lenders",
                     # several lenders, none of them named ("I owe money to 5 different online lenders", "I borrowed
                     # from 3 apps"): no Alipay product, so not 95188 but each lender's own service (truth2 D)
                     "online lender", "lending app", "several lenders", "multiple lenders", "many lenders",
                     "different lenders", "# lenders", "# different lenders", "from # apps", "from # different apps",
                     "from several apps", "from multiple apps", "from different apps")),
    # Another app or platform, not named ("我在别的app借的钱逾期了会上门吗", "I'm late on another app"; cls252): a lender, not
    # Alipay (the answer had sent the borrower to 95188). Only told owed or late in its clause, and only where no lender is
    # named by name ("别的平台没还钱…还不给用花呗" is about 花呗; "逾期了别的平台还能借吗" names no loan of theirs): bot.product_mentions.
    ("other_app", ("别的app", "其他app", "其它app", "另一个app", "另外一个app", "另一家app", "别家app", "别的平台", "其他平台", "其它平台",
                   "另一个平台", "另外一个平台", "另一家平台", "别家平台", "another app", "other app", "other apps", "a different app",
                   "another platform", "other platforms", "another lending platform")),
)
OTHERS_UNNAMED = "other_lenders"
OTHERS_SEVERAL = "several_lenders"
PRODUCT_NAMES: dict[str, dict[str, str]] = {
    "jiebei": {"zh": "借呗", "en": "Jiebei"},
    "huabei": {"zh": "花呗", "en": "Huabei"},
    "weilidai": {"zh": "微粒贷", "en": "Weilidai"},
    "jd_baitiao": {"zh": "京东白条", "en": "JD Baitiao"},
    "jd_jintiao": {"zh": "京东金条", "en": "JD Jintiao"},
    "meituan": {"zh": "美团月付", "en": "Meituan Yuefu"},
    "douyin": {"zh": "抖音月付", "en": "Douyin Yuefu"},
    "jietiao360": {"zh": "360借条", "en": "360 Jietiao"},
    "fenqile": {"zh": "分期乐", "en": "Fenqile"},
    "duxiaoman": {"zh": "度小满", "en": "Du Xiaoman"},
    "zhaolian": {"zh": "招联金融", "en": "Zhaolian Finance"},
    "mybank": {"zh": "网商贷", "en": "MYbank's Wangshangdai"},
    "paipaidai": {"zh": "拍拍贷", "en": "Paipaidai"},
    "anyihua": {"zh": "安逸花", "en": "Anyihua"},
    "pingan_puhui": {"zh": "平安普惠", "en": "Ping An Puhui"},
    "home_credit": {"zh": "捷信", "en": "Home Credit"},
    "yirendai": {"zh": "宜人贷", "en": "Yirendai"},
    "xiaoying": {"zh": "小赢卡贷", "en": "Xiaoying Kadai"},
    "niwodai": {"zh": "你我贷", "en": "Niwodai"},
    "yangqianguan": {"zh": "洋钱罐", "en": "Yangqianguan"},
    "suning": {"zh": "任性付", "en": "Suning Renxingfu"},
    "vip_hua": {"zh": "唯品花", "en": "Vipshop Weipinhua"},
    "laifenqi": {"zh": "来分期", "en": "Laifenqi"},
    "wechat_fenfu": {"zh": "微信分付", "en": "WeChat Pay Later (Fenfu)"},
    "pinduoduo": {"zh": "拼多多先用后付", "en": "Pinduoduo Pay Later"},
    "bnpl_abroad": {"zh": "这家放款方", "en": "this lender"},  # (the slot's text names it: answer_variables.product_name)
    "mortgage": {"zh": "房贷", "en": "a mortgage"},
    "car_loan": {"zh": "车贷", "en": "a car loan"},
    "loan_shark": {"zh": "高利贷", "en": "a loan shark"},
    "other_lender": {"zh": "这家放款方", "en": "this lender"},  # a name not listed (bot.product_unknown)
    "credit_card": {"zh": "信用卡", "en": "a credit card"},
    "bank_loan": {"zh": "银行贷款", "en": "a bank loan"},
    "online_loan": {"zh": "网贷", "en": "an online loan"},
    "other_app": {"zh": "别的平台", "en": "another app"},
    # Not a product a message names: "其他几家呢" when the conversation named no lender but 借呗
    # (bot.session; the answer says so and answers for no lender never named: ans11).
    OTHERS_UNNAMED: {"zh": "其他几家", "en": "the other lenders"},
    # Nor this: "其他几家呢" of several lenders told, one line each (bot.session; review28). Its
    # name is the slot's text, those lines; it is a product for that reply only, never remembered.
    OTHERS_SEVERAL: {"zh": "其他几家", "en": "the other lenders"},
}
# Ids a session never keeps (bot.state refuses them in a saved state).
NEVER_KEPT = frozenset({OTHERS_UNNAMED, OTHERS_SEVERAL})
# A lender's name among the others a borrower owes, where the usual name is one product of several
# a lender has ("美团" may be 美团月付 or 美团借钱): the lender, not a product not named (review28).
_LENDER_NAMES = {"meituan": {"zh": "美团", "en": "Meituan"}, "douyin": {"zh": "抖音", "en": "Douyin"}}


def lender_name(product: str, lang: str) -> str:
    """What a list of the borrower's lenders calls ``product``."""
    return _LENDER_NAMES.get(product, PRODUCT_NAMES[product])[lang]


# Alipay's own products: only these are served by Alipay customer service (95188).
ALIPAY_PRODUCTS = frozenset({"jiebei", "huabei"})

__all__ = ["ALIPAY_PRODUCTS", "NEVER_KEPT", "OTHERS_SEVERAL", "OTHERS_UNNAMED", "PRODUCT_NAMES", "PRODUCTS", "lender_name"]
