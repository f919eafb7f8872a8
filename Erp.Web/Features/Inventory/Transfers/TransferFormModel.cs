using Erp.Web.Features.Inventory.Shared;

namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>What the transfer form edits: pickers' values, turned into a <see cref="TransferInput"/> on save.</summary>
public sealed class TransferFormModel
{
    public Guid? FromLocationId { get; set; }
    public Guid? ToLocationId { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public string? Note { get; set; }
    public List<TransferFormLine> Lines { get; } = [new()];

    /// <summary>The first problem a user can fix in the form, or null; the service checks everything again.</summary>
    public string? Problem()
    {
        if (FromLocationId is null || ToLocationId is null)
        {
            return "Choose where the stock comes from and where it goes.";
        }

        if (FromLocationId == ToLocationId)
        {
            return "A transfer cannot be received into its own source location: choose a different destination.";
        }

        var filled = Lines.Where(l => l.Product is not null || l.Quantity != 0m).ToList();
        if (filled.Count == 0)
        {
            return "Add at least one line.";
        }

        if (filled.Any(l => l.Product is null))
        {
            return "Choose a product on every line.";
        }

        return filled.Any(l => l.Quantity <= 0m) ? "Quantities must be greater than zero." : null;
    }

    public TransferInput ToInput() => new()
    {
        FromLocationId = FromLocationId,
        ToLocationId = ToLocationId,
        Date = Date is { } date ? DateOnly.FromDateTime(date) : null,
        Note = Note,
        Lines = Lines.Where(l => l.Product is not null || l.Quantity != 0m)
            .Select(l => new TransferLineEdit { ProductId = l.Product?.Id, UnitId = l.UnitId, Quantity = l.Quantity }).ToList(),
    };

    /// <summary>The form for an existing draft.</summary>
    public static async Task<TransferFormModel> FromAsync(TransferDetails details, InventoryLookups lookups, CancellationToken ct = default)
    {
        var model = new TransferFormModel
        {
            FromLocationId = details.FromLocationId,
            ToLocationId = details.ToLocationId,
            Date = details.Date.ToDateTime(TimeOnly.MinValue),
            Note = details.Note,
        };
        model.Lines.Clear();
        foreach (var line in details.Lines)
        {
            var product = await lookups.ProductAsync(line.ProductId, ct);
            var units = await lookups.UnitsForAsync(line.ProductId, ct);
            model.Lines.Add(new TransferFormLine
            {
                Product = product,
                Units = units,
                UnitId = units.FirstOrDefault(u => u.Code == line.UnitCode)?.Id,
                Quantity = line.Quantity,
            });
        }

        return model;
    }
}

public sealed class TransferFormLine
{
    public StockProductOption? Product { get; set; }
    public IReadOnlyList<UnitChoice> Units { get; set; } = [];
    public Guid? UnitId { get; set; }
    public decimal Quantity { get; set; } = 1m;
}
