using IntimacyKit.Samples.Console;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

var services = new ServiceCollection();
services.AddIntimacyKit();
services.AddSingleton(AnsiConsole.Console);
services.AddSingleton<ConsoleApp>();
using var provider = services.BuildServiceProvider();
return provider.GetRequiredService<ConsoleApp>().Run(args, Console.In, Console.IsInputRedirected);
