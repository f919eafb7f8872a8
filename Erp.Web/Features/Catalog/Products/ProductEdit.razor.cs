using Erp.Domain.Catalog;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Catalog.Products;

public sealed partial class ProductEdit
{
    [Parameter] public Guid Id { get; set; }

    [Inject] private ProductQueries Queries { get; set; } = default!;
    [Inject] private SaveProductCommand Save { get; set; } = default!;
    [Inject] private ProductImageCommands ImageCommands { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private DeleteProductCommand Delete { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private ProductDetails? _loaded;
    private ProductInput? _input;
    private ProductFormOptions _options = new([], [], [], []);
    private IReadOnlyList<VariantRow> _variants = [];
    private IReadOnlyList<CatalogOption> _known = [];
    private IReadOnlyList<ProductImageInfo> _images = [];
    private List<BreadcrumbItem> _crumbs = [];
    private string? _error;
    private bool _canManage;
    private bool _canViewStock;
    private bool _busy;

    protected override async Task OnParametersSetAsync()
    {
        var loaded = await Queries.GetAsync(Id);
        if (!loaded.IsSuccess)
        {
            // Unknown and other tenants' ids look the same: not found.
            Navigation.NotFound();
            return;
        }

        _canManage = await Guard.HasAsync(CatalogPermissions.Manage);
        _canViewStock = await Guard.HasAsync(Erp.Domain.Inventory.InventoryPermissions.View);
        _options = await Queries.FormOptionsAsync();
        await ShowAsync(loaded.Value);
        await LoadImagesAsync();
    }

    private async Task ShowAsync(ProductDetails details)
    {
        _loaded = details;
        _input = details.ToInput();
        _error = null;
        _crumbs = [new("Products", "/catalog/products"), new(details.Sku, null, disabled: true)];
        _variants = details.Kind == ProductKind.WithVariants ? await Queries.VariantsAsync(Id) : [];
        if (details.Kind == ProductKind.Kit)
        {
            var components = await Queries.ComponentsAsync(Id);
            _input.Components = components.Select(c => new ComponentInput { ProductId = c.ProductId, Quantity = c.Quantity }).ToList();
            _known = components.Select(c => new CatalogOption(c.ProductId, $"{c.Sku} — {c.Name}")).ToList();
        }
    }

    private async Task LoadImagesAsync() => _images = await ImageCommands.ListAsync(Id);

    private async Task SaveAsync()
    {
        _busy = true;
        var result = await Save.UpdateAsync(Id, _input!, _loaded!.Version);
        _busy = false;
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            return;
        }

        Snackbar.Add("Product saved.", Severity.Success);
        await ReloadAsync();
    }

    private async Task ToggleActiveAsync()
    {
        _busy = true;
        var result = await Save.SetActiveAsync(Id, !_loaded!.IsActive);
        _busy = false;
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        Snackbar.Add(_loaded.IsActive ? "Product archived." : "Product restored.", Severity.Success);
        await ReloadAsync();
    }

    private async Task DeleteAsync()
    {
        var confirm = await Dialogs.ConfirmAsync("Delete product",
            $"Delete {_loaded!.Sku} {_loaded.Name}{(_loaded.Kind == ProductKind.WithVariants ? " and its variants" : "")}? "
            + "A product with stock cannot be deleted; archiving keeps it out of the lists instead.",
            "Delete", requireReason: true, confirmColor: Color.Error);
        if (!confirm.Confirmed)
        {
            return;
        }

        _busy = true;
        var result = await Delete.DeleteAsync(Id, confirm.Reason!);
        _busy = false;
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        Snackbar.Add("Product deleted.", Severity.Success);
        Navigation.NavigateTo("/catalog/products");
    }

    private async Task ReloadAsync()
    {
        var reloaded = await Queries.GetAsync(Id);
        if (reloaded.IsSuccess)
        {
            await ShowAsync(reloaded.Value);
        }
    }
}
