using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>Renders a Razor component with parameters to an HTML string, with the caller's scope as its services.</summary>
public sealed class HtmlComponentRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
