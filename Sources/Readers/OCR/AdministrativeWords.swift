/// Words every kind of power list prints that Tesseract's `chi_sim` word
/// list lacks (asked through `TessBaseAPIIsValidWord`): without them a
/// reading that makes one is taken for no word, and the lexicon sides
/// with a misreading that happens to make another (`基金收文` over `基金收支`,
/// 收文 being a word) or cannot mend one (`挫杂` for 掺杂, the phrase of the
/// Product Quality Law every market-supervision list prints). Only words
/// of the lists' own subject — insurance, enforcement, accountability,
/// land — each two characters, none already in `chi_sim`'s list.
enum AdministrativeWords {
    static let words: Set<String> = [
        "收支", "参保", "申领", // 基金收支, 参保登记, 待遇申领
        "追责", "问责", "履职", "督查", // accountability
        "暂扣", "送达", "确权", // enforcement, land registration
        "集采", "挂网", // drug procurement
        "掺杂", "掺假", // 在产品中掺杂、掺假
        "建窑", "挖砂", "取土", "盐渍", // 占用耕地建窑、建坟…挖砂、采石、采矿、取土…盐渍化
    ]
}
