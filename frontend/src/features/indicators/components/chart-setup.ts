// Chart.js with only what the overview draws (lines and bars on category/linear axes): the rest of
// the library is tree-shaken away. Imported dynamically, so it loads with the first chart only.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export { Chart };
