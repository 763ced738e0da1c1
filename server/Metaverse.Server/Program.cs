using System.CommandLine;
using Metaverse.Server.Hosting;

var root = new RootCommand("Metaverse collaboration server for pharmaceutical digital twins.");
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(Metaverse.Server.Cli.AuditCommand.Create());
root.Subcommands.Add(Metaverse.Server.Cli.Simulate.SimulateCommand.Create());
root.Subcommands.Add(Metaverse.Server.Cli.Estimate.EstimateCommand.Create());
return Metaverse.Server.Cli.CliRunner.Run(root, args);
