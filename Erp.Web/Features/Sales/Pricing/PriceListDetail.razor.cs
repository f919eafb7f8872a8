using Erp.Domain.Sales;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Infrastructure.Security;
using Erp.Data.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Erp.Web.Features.Sales.Pricing;

public partial class PriceListDetail
{
    private const long MaxFileBytes = 20 * 1024 * 1024;

    private PriceListInput? _header;
    private string _title = "";
    private bool _notFound;
    private IReadOnlyList<PriceListItemRow> _items = [];
    private PriceListItemInput _item = new();
    private SalesProductOption? _itemProduct;
    private string? _search;
    private IReadOnlyList<ImportProblem> _importProblems = [];
    private string? _importError;
    private bool _canConfigure;
    private bool _busy;
    private List<BreadcrumbItem> _crumbs = [new("Price lists", "/sales/price-lists")];

    [Parameter] public Guid Id { get; set; }

    [Inject] private PriceListQueries Queries { get; set; } = default!;
    [Inject] private PriceListCommands Commands { get; set; } = default!;
    [Inject] private PriceListImportCommand Import { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private IEnumerable<PriceListItemRow> Filtered => string.IsNullOrWhiteSpace(_search)
        ? _items
        : _items.Where(i => i.Sku.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
                            || i.ProductName.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase));

    protected override async Task OnParametersSetAsync()
    {
        _canConfigure = await Guard.HasAsync(SalesPermissions.Configure);
        var list = await Queries.GetAsync(Id);
        if (!list.IsSuccess)
        {
            _notFound = true;
            return;
        }

        var details = list.Value;
        _header = new PriceListInput
        {
            Name = details.Name, CurrencyCode = details.CurrencyCode, PricesIncludeTax = details.PricesIncludeTax, IsActive = details.IsActive,
        };
        _title = details.Name;
        _crumbs = [new("Price lists", "/sales/price-lists"), new(details.Name, null, disabled: true)];
        await LoadItemsAsync();
    }

    private static string? NotNegative(decimal value) => value >= 0m ? null : "Cannot be negative.";

    private async Task LoadItemsAsync()
    {
        var items = await Queries.ItemsAsync(Id);
        _items = items.IsSuccess ? items.Value : [];
    }

    private async Task SaveHeaderAsync()
    {
        _busy = true;
        try
        {
            var saved = await Commands.UpdateAsync(Id, _header!);
            Snackbar.Add(saved.IsSuccess ? "Price list saved." : saved.Error!.Message, saved.IsSuccess ? Severity.Success : Severity.Error);
            if (saved.IsSuccess)
            {
                _title = _header!.Name!.Trim();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void NewItem()
    {
        _item = new PriceListItemInput();
        _itemProduct = null;
    }

    private void EditItem(PriceListItemRow row)
    {
        _item = new PriceListItemInput
        {
            Id = row.Id, ProductId = row.ProductId, Price = row.Price, MinQuantity = row.MinQuantity,
            ValidFrom = row.ValidFrom?.ToDateTime(TimeOnly.MinValue), ValidTo = row.ValidTo?.ToDateTime(TimeOnly.MinValue),
        };
        _itemProduct = new SalesProductOption(row.ProductId, row.Sku, row.ProductName, Erp.Domain.Catalog.ProductKind.Simple);
    }

    private async Task SaveItemAsync()
    {
        _busy = true;
        try
        {
            _item.ProductId = _itemProduct?.Id;
            var saved = await Commands.SaveItemAsync(Id, _item);
            Snackbar.Add(saved.IsSuccess ? "Price saved." : saved.Error!.Message, saved.IsSuccess ? Severity.Success : Severity.Error);
            if (saved.IsSuccess)
            {
                NewItem();
                await LoadItemsAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RemoveItemAsync(PriceListItemRow row)
    {
        _busy = true;
        try
        {
            var removed = await Commands.RemoveItemAsync(Id, row.Id, Tenant.UserId, Clock.GetUtcNow());
            Snackbar.Add(removed.IsSuccess ? $"Price of {row.Sku} removed." : removed.Error!.Message, removed.IsSuccess ? Severity.Success : Severity.Error);
            await LoadItemsAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _busy = true;
        _importError = null;
        _importProblems = [];
        try
        {
            if (file.Size > MaxFileBytes)
            {
                _importError = "The file is larger than 20 MB.";
                return;
            }

            // The workbook reader needs a seekable stream; the browser stream is not one.
            using var buffer = new MemoryStream();
            await file.OpenReadStream(MaxFileBytes).CopyToAsync(buffer);
            buffer.Position = 0;
            var result = await Import.ImportAsync(Id, buffer);
            if (!result.IsSuccess)
            {
                _importError = result.Error!.Message;
            }
            else if (!result.Value.Succeeded)
            {
                _importProblems = result.Value.Problems;
            }
            else
            {
                Snackbar.Add($"{result.Value.Imported} prices imported.", Severity.Success);
                await LoadItemsAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
