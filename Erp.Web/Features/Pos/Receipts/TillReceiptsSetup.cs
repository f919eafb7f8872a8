namespace Erp.Web.Features.Pos.Receipts;

public static class TillReceiptsSetup
{
    /// <summary>Till receipts (PDF on the register's paper, reprints marked as copies).</summary>
    public static IServiceCollection AddTillReceipts(this IServiceCollection services) => services.AddScoped<TillReceiptQueries>();
}
