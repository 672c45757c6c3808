/// One power item (one detail row of the list), fully normalized: its lists
/// split into provisions, steps and cases.
public typealias Item = PowerItem<Basis, Responsibilities, Accountability>

/// Whether an item's 序号 is printed or inferred.
public enum SeqSource: String, Sendable, Equatable {
    case printed
    case inferred
}

/// One power item, with its three long cells as `BasisText`,
/// `ResponsibilityText` and `AccountabilityText`: whole cells after item
/// segmentation (`SegmentedItem`), split lists after list splitting (`Item`).
/// The one place the item's fields are declared.
public struct PowerItem<BasisText, ResponsibilityText, AccountabilityText>: Sendable, Equatable
where BasisText: Sendable & Equatable, ResponsibilityText: Sendable & Equatable, AccountabilityText: Sendable & Equatable {
    public typealias SeqSource = PowerListModel.SeqSource

    public var seq: Int
    public var seqSource: SeqSource
    /// Canonical category; nil when nothing prints the item's type (no
    /// column, no section heading, no summary entry).
    public var category: String?
    /// As printed, wrapped lines joined; nil likewise.
    public var categoryRaw: String?
    public var name: String
    public var mainItem: String?
    public var subItem: String?
    public var subject: String
    /// nil when the list has no such column at all (a printed empty cell is an
    /// empty value); likewise `responsibilities` and `accountability`.
    public var basis: BasisText?
    public var responsibilities: ResponsibilityText?
    public var accountability: AccountabilityText?
    public var remarks: String?
    public var code: String?
    /// Every other column the list has: printed header → cell text.
    public var extra: [String: String]
    /// 1-based pages the row spans; empty for inputs without pages.
    public var pages: [Int]
    /// Where each field was read from; nil unless asked for (`--provenance`),
    /// so that the canonical output stays as it is.
    public var provenance: Provenance?

    public init(
        seq: Int, seqSource: SeqSource, category: String?, categoryRaw: String?, name: String,
        mainItem: String?, subItem: String?, subject: String, basis: BasisText?,
        responsibilities: ResponsibilityText?, accountability: AccountabilityText?,
        remarks: String?, code: String?, extra: [String: String], pages: [Int], provenance: Provenance? = nil
    ) {
        self.seq = seq
        self.seqSource = seqSource
        self.category = category
        self.categoryRaw = categoryRaw
        self.name = name
        self.mainItem = mainItem
        self.subItem = subItem
        self.subject = subject
        self.basis = basis
        self.responsibilities = responsibilities
        self.accountability = accountability
        self.remarks = remarks
        self.code = code
        self.extra = extra
        self.pages = pages
        self.provenance = provenance
    }

    /// The same item with its three long cells turned into other values (the
    /// list-splitting stage's step); every other field is kept.
    public func mapTexts<B, R, A>(
        basis toBasis: (BasisText) -> B, responsibilities toResponsibilities: (ResponsibilityText) -> R,
        accountability toAccountability: (AccountabilityText) -> A
    ) -> PowerItem<B, R, A> {
        PowerItem<B, R, A>(
            seq: seq, seqSource: seqSource, category: category, categoryRaw: categoryRaw, name: name,
            mainItem: mainItem, subItem: subItem, subject: subject, basis: basis.map(toBasis),
            responsibilities: responsibilities.map(toResponsibilities), accountability: accountability.map(toAccountability),
            remarks: remarks, code: code, extra: extra, pages: pages, provenance: provenance
        )
    }
}

/// 实施依据 / 设定依据.
public struct Basis: Sendable, Equatable {
    public var text: String
    public var provisions: [Provision]

    public init(text: String, provisions: [Provision]) {
        self.text = text
        self.provisions = provisions
    }
}

public struct Provision: Sendable, Equatable {
    public var no: Int
    public var text: String
    public var citations: [Citation]

    public init(no: Int, text: String, citations: [Citation]) {
        self.no = no
        self.text = text
        self.citations = citations
    }
}

/// One 《title》 of a provision with the articles (第…条) that follow it.
public struct Citation: Sendable, Equatable {
    public var title: String
    public var articles: [String]

    public init(title: String, articles: [String]) {
        self.title = title
        self.articles = articles
    }
}

/// 责任事项.
public struct Responsibilities: Sendable, Equatable {
    public var text: String
    public var steps: [Step]

    public init(text: String, steps: [Step]) {
        self.text = text
        self.steps = steps
    }
}

public struct Step: Sendable, Equatable {
    public var no: Int
    /// The step's label (立案责任, 记录职责 …), `nil` when it has none.
    public var name: String?
    public var text: String

    public init(no: Int, name: String?, text: String) {
        self.no = no
        self.name = name
        self.text = text
    }
}

/// 追责情形.
public struct Accountability: Sendable, Equatable {
    public var text: String
    public var preamble: String?
    public var cases: [Case]

    public init(text: String, preamble: String?, cases: [Case]) {
        self.text = text
        self.preamble = preamble
        self.cases = cases
    }
}

public struct Case: Sendable, Equatable {
    public var no: Int
    public var text: String

    public init(no: Int, text: String) {
        self.no = no
        self.text = text
    }
}
