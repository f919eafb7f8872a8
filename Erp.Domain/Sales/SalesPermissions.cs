using Erp.Domain.Platform;
using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Sales;

public static class SalesPermissions
{
    public const string View = "Sales.View";
    public const string Manage = "Sales.Manage";
    public const string Approve = "Sales.Approve";
    public const string Deliver = "Sales.Deliver";
    public const string Invoice = "Sales.Invoice";
    public const string Payments = "Sales.Payments";
    public const string Configure = "Sales.Configure";
    public const string PriceOverride = "Sales.PriceOverride";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(View, "See customers, quotations, orders, deliveries, invoices, payments and receivables",
            [Admin, Manager, SalesRep, ShopManager, Accountant]),
        new(Manage, "Create and change customers, quotations and sales orders",
            [Admin, Manager, SalesRep, ShopManager]),
        new(Deliver, "Pick and ship deliveries of sales orders and print delivery notes",
            [Admin, Manager, SalesRep, ShopManager, InventoryManager]),
        new(Approve, "Approve orders over a customer's credit limit or over the discount threshold", [Admin, Manager]),
        new(Invoice, "Post invoices and credit notes", [Admin, Manager, SalesRep, Accountant]),
        new(Payments, "Record customer payments and apply customer credit", [Admin, Manager, Accountant]),
        new(Configure, "Change price lists, tax rates, payment terms, payment methods and sales settings",
            [Admin, Manager]),
        new(PriceOverride, "Sell below cost or override list prices", [Admin, Manager]),
    ];
}
