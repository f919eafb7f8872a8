using Erp.Domain.Platform;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class SalesInvoiceConfiguration : IEntityTypeConfiguration<SalesInvoice>
{
    public void Configure(EntityTypeBuilder<SalesInvoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(50);
        builder.Property(i => i.CustomerCode).HasMaxLength(50);
        builder.Property(i => i.CustomerName).HasMaxLength(200);
        builder.Property(i => i.CustomerTaxId).HasMaxLength(50);
        builder.Property(i => i.CustomerAddress).HasMaxLength(500);
        builder.Property(i => i.PaymentTermName).HasMaxLength(100);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.ExchangeRate).HasPrecision(19, 8);
        builder.Property(i => i.Notes).HasMaxLength(2000);
        builder.Ignore(i => i.IsPosted);
        // Drafts have no number yet: the unique index covers numbered rows only.
        builder.HasIndex(i => new { i.TenantId, i.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        // Receivables: open invoices of a customer by due date (aging, statement, customer tabs).
        // Covering the aging report (the soft-delete flag included, or every row is read from the table): per customer
        // (a page of customers) and over the whole book (its totals).
        builder.HasIndex(i => new { i.TenantId, i.CustomerId, i.Status, i.InvoiceDate, i.DueDate, i.AmountDueCents, i.IsDeleted });
        builder.HasIndex(i => new { i.TenantId, i.Status, i.InvoiceDate, i.DueDate, i.AmountDueCents, i.CustomerId, i.IsDeleted });
        builder.HasIndex(i => new { i.TenantId, i.InvoiceDate });
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SalesInvoiceLineConfiguration : IEntityTypeConfiguration<SalesInvoiceLine>
{
    public void Configure(EntityTypeBuilder<SalesInvoiceLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Ignore(l => l.RemainingQuantity);
        builder.Ignore(l => l.RemainingNet);
        builder.Ignore(l => l.RemainingTax);
        builder.HasIndex(l => new { l.InvoiceId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => l.SourceOrderLineId);
        builder.HasIndex(l => l.SourceDeliveryLineId);
    }
}

public sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.Property(c => c.InvoiceNumber).HasMaxLength(50);
        builder.Property(c => c.CustomerCode).HasMaxLength(50);
        builder.Property(c => c.CustomerName).HasMaxLength(200);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.CustomerId, c.CreditDate });
        builder.HasIndex(c => c.InvoiceId);
        builder.HasOne<SalesInvoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CreditNoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CreditNoteLineConfiguration : IEntityTypeConfiguration<CreditNoteLine>
{
    public void Configure(EntityTypeBuilder<CreditNoteLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.HasIndex(l => new { l.CreditNoteId, l.LineNumber }).IsUnique();
    }
}

public sealed class CustomerPaymentConfiguration : IEntityTypeConfiguration<CustomerPayment>
{
    public void Configure(EntityTypeBuilder<CustomerPayment> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.CustomerName).HasMaxLength(200);
        builder.Property(p => p.MethodName).HasMaxLength(60);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.Notes).HasMaxLength(1000);
        builder.HasIndex(p => new { p.TenantId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.CustomerId, p.PaymentDate });
        builder.HasIndex(p => new { p.TenantId, p.PaymentDate });
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReceivableAllocationConfiguration : IEntityTypeConfiguration<ReceivableAllocation>
{
    public void Configure(EntityTypeBuilder<ReceivableAllocation> builder)
    {
        builder.HasIndex(a => a.InvoiceId);
        builder.HasIndex(a => a.PaymentId);
        builder.HasIndex(a => a.CreditNoteId);
        builder.HasIndex(a => new { a.TenantId, a.CustomerId });
        builder.HasOne<SalesInvoice>().WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
