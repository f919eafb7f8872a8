namespace Erp.Domain.Platform.Documents;

/// <summary>The default numbering of a document type, used until a tenant configures its own.</summary>
public sealed record DocumentTypeDefaults(string Type, string Prefix, string Format = DocumentTypes.DefaultFormat, bool ResetsYearly = true);

/// <summary>Stable names of the document types that take numbers; modules add theirs here.</summary>
public static class DocumentTypes
{
    public const string DefaultFormat = "{prefix}-{yyyy}-{n:6}";

    public const string SalesOrder = "SalesOrder";
    public const string SalesInvoice = "SalesInvoice";
    public const string Receipt = "Receipt";
    public const string PurchaseOrder = "PurchaseOrder";
    public const string GoodsReceipt = "GoodsReceipt";
    public const string StockTransfer = "StockTransfer";
    public const string StockAdjustment = "StockAdjustment";
    public const string StockCount = "StockCount";
    public const string Scrap = "Scrap";
    public const string ProductionOrder = "ProductionOrder";
    public const string LeaveRequest = "LeaveRequest";
    public const string JournalEntry = "JournalEntry";
    public const string Customer = "Customer";
    public const string Quotation = "Quotation";
    public const string Delivery = "Delivery";
    public const string CreditNote = "CreditNote";
    public const string CustomerPayment = "CustomerPayment";
    public const string PosSession = "PosSession";
    public const string PosSale = "PosSale";
    public const string PosReturn = "PosReturn";
    public const string Supplier = "Supplier";
    public const string PurchaseRequisition = "PurchaseRequisition";
    public const string PurchaseReceipt = "PurchaseReceipt";
    public const string SupplierBill = "SupplierBill";
    public const string SupplierPayment = "SupplierPayment";

    public static readonly IReadOnlyDictionary<string, DocumentTypeDefaults> Defaults =
        new DocumentTypeDefaults[]
        {
            new(SalesOrder, "SO"),
            new(SalesInvoice, "INV"),
            new(Receipt, "RCT"),
            new(PurchaseOrder, "PO"),
            new(GoodsReceipt, "GRN"),
            new(StockTransfer, "TRF"),
            new(StockAdjustment, "ADJ"),
            new(StockCount, "CNT"),
            new(Scrap, "SCR"),
            new(ProductionOrder, "MO"),
            new(LeaveRequest, "LV"),
            new(JournalEntry, "JE"),
            new(Customer, "CUST", "{prefix}-{n:6}", ResetsYearly: false),
            new(Quotation, "QUO"),
            new(Delivery, "DN"),
            new(CreditNote, "CN"),
            new(CustomerPayment, "PAY"),
            new(PosSession, "SES"),
            new(PosSale, "R"),
            new(PosReturn, "RET"),
            new(Supplier, "SUP", "{prefix}-{n:5}", ResetsYearly: false),
            new(PurchaseRequisition, "REQ"),
            new(PurchaseReceipt, "RCV"),
            new(SupplierBill, "BILL"),
            new(SupplierPayment, "SPAY"),
        }.ToDictionary(d => d.Type, StringComparer.Ordinal);

    /// <summary>The defaults of <paramref name="type"/>; an unlisted type gets its upper-cased first letters as prefix.</summary>
    public static DocumentTypeDefaults DefaultsOf(string type) =>
        Defaults.TryGetValue(type, out var defaults)
            ? defaults
            : new DocumentTypeDefaults(type, new string(type.Where(char.IsAsciiLetterUpper).DefaultIfEmpty('D').Take(4).ToArray()));
}
